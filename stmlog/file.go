package stmlog

import (
	"io"
	"os"
)

// AnalyseFile reads the log at path into a new Analysis, which prepare
// (if not nil) may set up first. progress, if not nil, is called now
// and then with the bytes read and the file's size. A log that is cut
// short or corrupt gives the Analysis of the records before the damage
// and a *CorruptError; a file that is no log, or cannot be read, gives
// a nil Analysis.
func AnalyseFile(path string, prepare func(*Analysis), progress func(done, size int64)) (*Analysis, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var size int64
	if st, err := f.Stat(); err == nil {
		size = st.Size()
	}
	r, err := NewReader(f)
	if err != nil {
		return nil, err
	}
	a := NewAnalysis()
	if prepare != nil {
		prepare(a)
	}
	const step = 1 << 20
	next := int64(step)
	for {
		rec, err := r.Next()
		if err != nil {
			a.Finish()
			if err == io.EOF {
				err = nil
			}
			return a, err
		}
		a.Add(&rec)
		if progress != nil && r.Offset() >= next {
			progress(r.Offset(), size)
			next = r.Offset() + step
		}
	}
}
