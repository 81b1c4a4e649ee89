print >>
