package compile

// This file turns a unit's instruction list into a Code: it drops
// unused constants, resolves labels to instruction indexes (adding
// EXTENDED_ARG prefixes where an argument does not fit in 24 bits),
// builds the line and exception tables, and computes the stack size by
// a flow analysis that also checks that the stack depth is consistent
// at every instruction.

// assemble makes the code object of a unit.
func (c *compiler) assemble(u *unit) *Code {
	if c.failed() {
		return nil
	}
	code := &Code{
		Name:      u.name,
		Filename:  c.filename,
		FirstLine: u.firstLine,
		Flags:     c.codeFlags(u),
		ArgCount:  u.argcount,
		Names:     u.names,
		Varnames:  u.varnames,
		Cellvars:  u.cellvars,
		Freevars:  u.freevars,
	}
	code.NLocals = len(code.Varnames)
	c.compactConsts(u, code)

	// Resolve labels and lay out instruction words.
	n := len(u.code)
	for l, pos := range u.labels {
		if pos < 0 {
			// An unused label; bind it to the end (nothing jumps there).
			u.labels[l] = n
		}
	}
	threadJumps(u)
	removeDead(u)
	n = len(u.code)
	args := make([]int, n)  // final arguments
	size := make([]int, n)  // words per instruction
	pos := make([]int, n+1) // index of each instruction's first word
	for i := range size {
		size[i] = 1
	}
	for {
		p := 0
		for i := range u.code {
			pos[i] = p
			p += size[i]
		}
		pos[n] = p
		changed := false
		for i, in := range u.code {
			a := in.arg
			if in.op.IsJump() {
				a = pos[u.labels[in.arg]]
			}
			args[i] = a
			s := 1
			for x := a >> 24; x > 0; x >>= 24 {
				s++
			}
			if s != size[i] {
				size[i] = s
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	words := make([]Instr, 0, pos[n])
	for i, in := range u.code {
		a := args[i]
		for k := size[i] - 1; k > 0; k-- {
			words = append(words, MakeInstr(EXTENDED_ARG, (a>>(24*k))&MaxArg))
		}
		words = append(words, MakeInstr(in.op, a&MaxArg))
	}
	code.Code = words

	// The line table: instructions with no line of their own take the
	// line before them (the first line for the first instructions).
	line := int32(u.firstLine)
	if line == 0 {
		line = int32(u.firstLine0)
		if line == 0 {
			line = 1
		}
		code.FirstLine = int(line)
	}
	for i, in := range u.code {
		if in.line != 0 {
			line = in.line
		}
		if k := len(code.Lines); k == 0 || code.Lines[k-1].Line != line {
			code.Lines = append(code.Lines, LineStart{PC: int32(pos[i]), Line: line})
		}
	}

	// The exception table.
	for i := 0; i < n; {
		h := u.code[i].handler
		j := i + 1
		for j < n && u.code[j].handler == h {
			j++
		}
		if h >= 0 {
			hi := u.handlers[h]
			code.Handlers = append(code.Handlers, Handler{
				Start:  int32(pos[i]),
				End:    int32(pos[j]),
				Target: int32(pos[u.labels[hi.label]]),
				Depth:  int32(hi.depth),
				Kind:   hi.kind,
			})
		}
		i = j
	}

	code.StackSize = c.stackSize(code)

	// Cells that are parameters start with the argument's value.
	nargs := code.ArgCount
	if code.Flags&CodeVarargs != 0 {
		nargs++
	}
	if code.Flags&CodeVarkeywords != 0 {
		nargs++
	}
	for i, name := range code.Cellvars {
		for j := 0; j < nargs && j < len(code.Varnames); j++ {
			if code.Varnames[j] == name {
				if code.Cell2Arg == nil {
					code.Cell2Arg = make([]int, len(code.Cellvars))
					for k := range code.Cell2Arg {
						code.Cell2Arg[k] = -1
					}
				}
				code.Cell2Arg[i] = j
				break
			}
		}
	}
	return code
}

// threadJumps makes every jump to an unconditional JUMP go straight to
// that jump's target, and turns a JUMP to a RETURN_VALUE into a
// RETURN_VALUE, as CPython's peephole optimizer does.
func threadJumps(u *unit) {
	n := len(u.code)
	for i := range u.code {
		in := &u.code[i]
		if !in.op.IsJump() {
			continue
		}
		for hops := 0; hops < 8; hops++ {
			t := u.labels[in.arg]
			if t >= n || u.code[t].op != JUMP || u.code[t].arg == in.arg {
				break
			}
			in.arg = u.code[t].arg
		}
		if in.op == JUMP {
			if t := u.labels[in.arg]; t < n && u.code[t].op == RETURN_VALUE {
				in.op, in.arg = RETURN_VALUE, 0
			}
		}
	}
}

// removeDead drops the instructions no path reaches (code after a
// return, jumps made useless by threadJumps, handlers of empty bodies).
func removeDead(u *unit) {
	n := len(u.code)
	live := make([]bool, n+1)
	work := []int{0}
	mark := func(i int) {
		if i <= n && !live[i] {
			live[i] = true
			work = append(work, i)
		}
	}
	live[0] = true
	for len(work) > 0 {
		i := work[len(work)-1]
		work = work[:len(work)-1]
		if i >= n {
			continue
		}
		in := u.code[i]
		if in.op.IsJump() {
			mark(u.labels[in.arg])
		}
		if !isTerminator(in.op) {
			mark(i + 1)
		}
		if in.handler >= 0 {
			mark(u.labels[u.handlers[in.handler].label])
		}
	}
	index := make([]int, n+1) // old index -> new index of the next live one
	k := 0
	for i := 0; i < n; i++ {
		index[i] = k
		if live[i] {
			u.code[k] = u.code[i]
			k++
		}
	}
	index[n] = k
	u.code = u.code[:k]
	for l, pos := range u.labels {
		u.labels[l] = index[pos]
	}
}

// compactConsts drops the constants no instruction loads (the operands
// of folded operations), keeping the first constant of a function (its
// docstring), and renumbers the LOAD_CONSTs.
func (c *compiler) compactConsts(u *unit, code *Code) {
	used := make([]bool, len(u.consts))
	if u.sc.typ == functionBlock && len(used) > 0 {
		used[0] = true
	}
	for _, in := range u.code {
		if in.op == LOAD_CONST {
			used[in.arg] = true
		}
	}
	index := make([]int, len(u.consts))
	consts := make([]Const, 0, len(u.consts))
	for i, v := range u.consts {
		if used[i] {
			index[i] = len(consts)
			consts = append(consts, v)
		}
	}
	for i := range u.code {
		if u.code[i].op == LOAD_CONST {
			u.code[i].arg = index[u.code[i].arg]
		}
	}
	code.Consts = consts
}

// stackSize returns the largest stack depth any path through code
// reaches, checking that every instruction is always reached with the
// same depth, that no path pops more than it pushed, and that handlers
// never unwind to a depth above the one where they catch.
func (c *compiler) stackSize(code *Code) int {
	n := len(code.Code)
	depth := make([]int, n)
	for i := range depth {
		depth[i] = -1
	}
	max := 0
	var work []int
	reach := func(pc, d int, from int) bool {
		if pc < 0 || pc >= n {
			c.internal("%s: jump out of code from %d to %d", code.Name, from, pc)
			return false
		}
		if d < 0 {
			c.internal("%s: stack underflow at %d", code.Name, from)
			return false
		}
		if d > max {
			max = d
		}
		if depth[pc] < 0 {
			depth[pc] = d
			work = append(work, pc)
		} else if depth[pc] != d {
			c.internal("%s: inconsistent stack depth at %d: %d and %d (from %d)", code.Name, pc, depth[pc], d, from)
			return false
		}
		return true
	}
	if n == 0 {
		return 0
	}
	reach(0, 0, 0)
	for len(work) > 0 && !c.failed() {
		pc := work[len(work)-1]
		work = work[:len(work)-1]
		d := depth[pc]
		if h := code.HandlerAt(pc); h != nil {
			if int(h.Depth) > d {
				c.internal("%s: handler depth %d above stack depth %d at %d", code.Name, h.Depth, d, pc)
				return 0
			}
			reach(int(h.Target), int(h.Depth)+3, pc)
		}
		in := code.Code[pc]
		op, arg := in.Op(), in.Arg()
		if op == EXTENDED_ARG {
			reach(pc+1, d, pc)
			continue
		}
		for k := pc - 1; k >= 0 && code.Code[k].Op() == EXTENDED_ARG; k-- {
			arg |= code.Code[k].Arg() << (24 * (pc - k))
		}
		if op.IsJump() {
			reach(arg, d+StackEffect(op, arg, true), pc)
		}
		if !isTerminator(op) {
			reach(pc+1, d+StackEffect(op, arg, false), pc)
		}
	}
	return max
}
