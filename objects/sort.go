package objects

import "slices"

// This file is list.sort: CPython 2.7's timsort (runs, binary insertion,
// galloping merges), followed step for step so that the comparisons made,
// and the result for inconsistent orderings (nan, a cmp function that
// lies), are CPython's.

// sortItem is one item being sorted and the key it is compared by.
type sortItem struct{ k, v Value }

type sortRun struct{ base, len int }

// minGallopInit is MIN_GALLOP: the number of consecutive wins of one run
// after which a merge starts galloping.
const minGallopInit = 7

type mergeState struct {
	t         *Thread
	cmp       Value // a cmp function, or nil for <
	a         []sortItem
	minGallop int
	pending   []sortRun
	tmp       []sortItem
}

// lt reports whether x < y, by the cmp function when there is one.
func (ms *mergeState) lt(x, y Value) (bool, error) {
	if ms.cmp == nil {
		return Less(ms.t, x, y)
	}
	r, err := Call(ms.t, ms.cmp, []Value{x, y}, nil)
	if err != nil {
		return false, err
	}
	switch i := Unwrap(r).(type) {
	case Int:
		return i < 0, nil
	case Bool:
		return false, nil
	}
	return false, Errorf(TypeError, "comparison function must return int, not %s", r.Type().Name)
}

// countRun returns the length of the run starting at lo (before hi) and
// whether it is strictly descending.
func (ms *mergeState) countRun(lo, hi int) (int, bool, error) {
	a := ms.a
	if lo+1 == hi {
		return 1, false, nil
	}
	n := 2
	lt, err := ms.lt(a[lo+1].k, a[lo].k)
	if err != nil {
		return 0, false, err
	}
	if lt {
		for i := lo + 2; i < hi; i, n = i+1, n+1 {
			lt, err := ms.lt(a[i].k, a[i-1].k)
			if err != nil {
				return 0, false, err
			}
			if !lt {
				break
			}
		}
		return n, true, nil
	}
	for i := lo + 2; i < hi; i, n = i+1, n+1 {
		lt, err := ms.lt(a[i].k, a[i-1].k)
		if err != nil {
			return 0, false, err
		}
		if lt {
			break
		}
	}
	return n, false, nil
}

// binarySort sorts a[lo:hi], whose prefix a[lo:start] is sorted, by
// binary insertion.
func (ms *mergeState) binarySort(lo, hi, start int) error {
	a := ms.a
	if lo == start {
		start++
	}
	for ; start < hi; start++ {
		l, r := lo, start
		pivot := a[r]
		for l < r {
			p := l + (r-l)>>1
			lt, err := ms.lt(pivot.k, a[p].k)
			if err != nil {
				return err
			}
			if lt {
				r = p
			} else {
				l = p + 1
			}
		}
		copy(a[l+1:start+1], a[l:start])
		a[l] = pivot
	}
	return nil
}

// gallopLeft returns where key belongs in the sorted a: the leftmost
// position if equal items are there, starting the search near hint.
func (ms *mergeState) gallopLeft(key Value, a []sortItem, hint int) (int, error) {
	n := len(a)
	lastofs, ofs := 0, 1
	lt, err := ms.lt(a[hint].k, key)
	if err != nil {
		return 0, err
	}
	if lt {
		maxofs := n - hint
		for ofs < maxofs {
			lt, err := ms.lt(a[hint+ofs].k, key)
			if err != nil {
				return 0, err
			}
			if !lt {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
			if ofs <= 0 {
				ofs = maxofs
			}
		}
		if ofs > maxofs {
			ofs = maxofs
		}
		lastofs += hint
		ofs += hint
	} else {
		maxofs := hint + 1
		for ofs < maxofs {
			lt, err := ms.lt(a[hint-ofs].k, key)
			if err != nil {
				return 0, err
			}
			if lt {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
			if ofs <= 0 {
				ofs = maxofs
			}
		}
		if ofs > maxofs {
			ofs = maxofs
		}
		lastofs, ofs = hint-ofs, hint-lastofs
	}
	lastofs++
	for lastofs < ofs {
		m := lastofs + (ofs-lastofs)>>1
		lt, err := ms.lt(a[m].k, key)
		if err != nil {
			return 0, err
		}
		if lt {
			lastofs = m + 1
		} else {
			ofs = m
		}
	}
	return ofs, nil
}

// gallopRight is gallopLeft returning the rightmost position.
func (ms *mergeState) gallopRight(key Value, a []sortItem, hint int) (int, error) {
	n := len(a)
	lastofs, ofs := 0, 1
	lt, err := ms.lt(key, a[hint].k)
	if err != nil {
		return 0, err
	}
	if lt {
		maxofs := hint + 1
		for ofs < maxofs {
			lt, err := ms.lt(key, a[hint-ofs].k)
			if err != nil {
				return 0, err
			}
			if !lt {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
			if ofs <= 0 {
				ofs = maxofs
			}
		}
		if ofs > maxofs {
			ofs = maxofs
		}
		lastofs, ofs = hint-ofs, hint-lastofs
	} else {
		maxofs := n - hint
		for ofs < maxofs {
			lt, err := ms.lt(key, a[hint+ofs].k)
			if err != nil {
				return 0, err
			}
			if lt {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
			if ofs <= 0 {
				ofs = maxofs
			}
		}
		if ofs > maxofs {
			ofs = maxofs
		}
		lastofs += hint
		ofs += hint
	}
	lastofs++
	for lastofs < ofs {
		m := lastofs + (ofs-lastofs)>>1
		lt, err := ms.lt(key, a[m].k)
		if err != nil {
			return 0, err
		}
		if lt {
			ofs = m
		} else {
			lastofs = m + 1
		}
	}
	return ofs, nil
}

// mergeLo merges the adjacent runs a[pa:pa+na] and a[pb:pb+nb] (na <=
// nb) with a copy of the first in a temporary array. On an error the
// array still holds every item.
func (ms *mergeState) mergeLo(pa, na, pb, nb int) error {
	var (
		a         = ms.a
		tmp       = append(ms.tmp[:0], a[pa:pa+na]...)
		dest      = pa
		ta        = 0
		minGallop = ms.minGallop
		lt        bool
		k         int
		err       error
	)
	ms.tmp = tmp
	a[dest] = a[pb]
	dest, pb, nb = dest+1, pb+1, nb-1
	if nb == 0 {
		goto done
	}
	if na == 1 {
		goto copyB
	}
	for {
		acount, bcount := 0, 0
		for {
			if lt, err = ms.lt(a[pb].k, tmp[ta].k); err != nil {
				goto done
			}
			if lt {
				a[dest] = a[pb]
				dest, pb, nb = dest+1, pb+1, nb-1
				bcount++
				acount = 0
				if nb == 0 {
					goto done
				}
				if bcount >= minGallop {
					break
				}
			} else {
				a[dest] = tmp[ta]
				dest, ta, na = dest+1, ta+1, na-1
				acount++
				bcount = 0
				if na == 1 {
					goto copyB
				}
				if acount >= minGallop {
					break
				}
			}
		}
		minGallop++
		for {
			if minGallop > 1 {
				minGallop--
			}
			ms.minGallop = minGallop
			if k, err = ms.gallopRight(a[pb].k, tmp[ta:ta+na], 0); err != nil {
				goto done
			}
			acount = k
			if k > 0 {
				copy(a[dest:dest+k], tmp[ta:ta+k])
				dest, ta, na = dest+k, ta+k, na-k
				if na == 1 {
					goto copyB
				}
				if na == 0 {
					goto done
				}
			}
			a[dest] = a[pb]
			dest, pb, nb = dest+1, pb+1, nb-1
			if nb == 0 {
				goto done
			}
			if k, err = ms.gallopLeft(tmp[ta].k, a[pb:pb+nb], 0); err != nil {
				goto done
			}
			bcount = k
			if k > 0 {
				copy(a[dest:dest+k], a[pb:pb+k])
				dest, pb, nb = dest+k, pb+k, nb-k
				if nb == 0 {
					goto done
				}
			}
			a[dest] = tmp[ta]
			dest, ta, na = dest+1, ta+1, na-1
			if na == 1 {
				goto copyB
			}
			if acount < minGallopInit && bcount < minGallopInit {
				break
			}
		}
		minGallop++
		ms.minGallop = minGallop
	}
done:
	if na > 0 {
		copy(a[dest:dest+na], tmp[ta:ta+na])
	}
	return err
copyB:
	copy(a[dest:dest+nb], a[pb:pb+nb])
	a[dest+nb] = tmp[ta]
	return nil
}

// mergeHi merges the adjacent runs a[pa:pa+na] and a[pb:pb+nb] (na >=
// nb) from the right, with a copy of the second in a temporary array.
func (ms *mergeState) mergeHi(pa, na, pb, nb int) error {
	var (
		a         = ms.a
		tmp       = append(ms.tmp[:0], a[pb:pb+nb]...)
		dest      = pb + nb - 1
		basea     = pa
		ia        = pa + na - 1
		tb        = nb - 1
		minGallop = ms.minGallop
		lt        bool
		k         int
		err       error
	)
	ms.tmp = tmp
	a[dest] = a[ia]
	dest, ia, na = dest-1, ia-1, na-1
	if na == 0 {
		goto done
	}
	if nb == 1 {
		goto copyA
	}
	for {
		acount, bcount := 0, 0
		for {
			if lt, err = ms.lt(tmp[tb].k, a[ia].k); err != nil {
				goto done
			}
			if lt {
				a[dest] = a[ia]
				dest, ia, na = dest-1, ia-1, na-1
				acount++
				bcount = 0
				if na == 0 {
					goto done
				}
				if acount >= minGallop {
					break
				}
			} else {
				a[dest] = tmp[tb]
				dest, tb, nb = dest-1, tb-1, nb-1
				bcount++
				acount = 0
				if nb == 1 {
					goto copyA
				}
				if bcount >= minGallop {
					break
				}
			}
		}
		minGallop++
		for {
			if minGallop > 1 {
				minGallop--
			}
			ms.minGallop = minGallop
			if k, err = ms.gallopRight(tmp[tb].k, a[basea:basea+na], na-1); err != nil {
				goto done
			}
			k = na - k
			acount = k
			if k > 0 {
				dest, ia = dest-k, ia-k
				copy(a[dest+1:dest+1+k], a[ia+1:ia+1+k])
				na -= k
				if na == 0 {
					goto done
				}
			}
			a[dest] = tmp[tb]
			dest, tb, nb = dest-1, tb-1, nb-1
			if nb == 1 {
				goto copyA
			}
			if k, err = ms.gallopLeft(a[ia].k, tmp[:nb], nb-1); err != nil {
				goto done
			}
			k = nb - k
			bcount = k
			if k > 0 {
				dest, tb = dest-k, tb-k
				copy(a[dest+1:dest+1+k], tmp[tb+1:tb+1+k])
				nb -= k
				if nb == 1 {
					goto copyA
				}
				if nb == 0 {
					goto done
				}
			}
			a[dest] = a[ia]
			dest, ia, na = dest-1, ia-1, na-1
			if na == 0 {
				goto done
			}
			if acount < minGallopInit && bcount < minGallopInit {
				break
			}
		}
		minGallop++
		ms.minGallop = minGallop
	}
done:
	if nb > 0 {
		copy(a[dest-(nb-1):dest+1], tmp[:nb])
	}
	return err
copyA:
	dest, ia = dest-na, ia-na
	copy(a[dest+1:dest+1+na], a[ia+1:ia+1+na])
	a[dest] = tmp[tb]
	return nil
}

// mergeAt merges the pending runs i and i+1.
func (ms *mergeState) mergeAt(i int) error {
	p := ms.pending
	pa, na := p[i].base, p[i].len
	pb, nb := p[i+1].base, p[i+1].len
	p[i].len = na + nb
	if i == len(p)-3 {
		p[i+1] = p[i+2]
	}
	ms.pending = p[:len(p)-1]
	k, err := ms.gallopRight(ms.a[pb].k, ms.a[pa:pa+na], 0)
	if err != nil {
		return err
	}
	pa += k
	na -= k
	if na == 0 {
		return nil
	}
	nb, err = ms.gallopLeft(ms.a[pa+na-1].k, ms.a[pb:pb+nb], nb-1)
	if err != nil || nb <= 0 {
		return err
	}
	if na <= nb {
		return ms.mergeLo(pa, na, pb, nb)
	}
	return ms.mergeHi(pa, na, pb, nb)
}

// mergeCollapse merges pending runs until their lengths satisfy the
// timsort invariants (with the 2015 fix CPython 2.7.10 took).
func (ms *mergeState) mergeCollapse() error {
	for len(ms.pending) > 1 {
		p := ms.pending
		n := len(p) - 2
		if n > 0 && p[n-1].len <= p[n].len+p[n+1].len || n > 1 && p[n-2].len <= p[n-1].len+p[n].len {
			if p[n-1].len < p[n+1].len {
				n--
			}
		} else if p[n].len > p[n+1].len {
			break
		}
		if err := ms.mergeAt(n); err != nil {
			return err
		}
	}
	return nil
}

func (ms *mergeState) mergeForceCollapse() error {
	for len(ms.pending) > 1 {
		p := ms.pending
		n := len(p) - 2
		if n > 0 && p[n-1].len < p[n+1].len {
			n--
		}
		if err := ms.mergeAt(n); err != nil {
			return err
		}
	}
	return nil
}

func computeMinrun(n int) int {
	r := 0
	for n >= 64 {
		r |= n & 1
		n >>= 1
	}
	return n + r
}

// timsort sorts a stably by key; on an error a holds a permutation of
// its items.
func timsort(t *Thread, a []sortItem, cmp Value) error {
	n := len(a)
	if n < 2 {
		return nil
	}
	ms := &mergeState{t: t, cmp: cmp, a: a, minGallop: minGallopInit}
	minrun := computeMinrun(n)
	for lo, remaining := 0, n; remaining > 0; {
		run, desc, err := ms.countRun(lo, lo+remaining)
		if err != nil {
			return err
		}
		if desc {
			slices.Reverse(a[lo : lo+run])
		}
		if run < minrun {
			force := min(remaining, minrun)
			if err := ms.binarySort(lo, lo+force, lo+run); err != nil {
				return err
			}
			run = force
		}
		ms.pending = append(ms.pending, sortRun{lo, run})
		if err := ms.mergeCollapse(); err != nil {
			return err
		}
		lo += run
		remaining -= run
	}
	return ms.mergeForceCollapse()
}

// sortValues sorts items in place as list.sort(cmp, key, reverse) sorts
// a list's items; cmp and key may be nil. keyErr reports that the error
// came from the key function (items are then unchanged).
func sortValues(t *Thread, items []Value, cmp, key Value, reverse bool) (keyErr bool, err error) {
	if cmp == None {
		cmp = nil
	}
	if key == None {
		key = nil
	}
	a := make([]sortItem, len(items))
	for i, v := range items {
		k := v
		if key != nil {
			if k, err = Call(t, key, []Value{v}, nil); err != nil {
				return true, err
			}
		}
		a[i] = sortItem{k, v}
	}
	if reverse {
		slices.Reverse(a)
	}
	err = timsort(t, a, cmp)
	for i := range a {
		items[i] = a[i].v
	}
	if reverse {
		slices.Reverse(items)
	}
	return false, err
}

// Sort sorts items in place by key (nil or None: the items themselves),
// stably, as sorted(items, key=key, reverse=reverse) orders them.
func Sort(t *Thread, items []Value, key Value, reverse bool) error {
	_, err := sortValues(t, items, nil, key, reverse)
	return err
}

// SortCmp is Sort with a cmp function (nil or None for none).
func SortCmp(t *Thread, items []Value, cmp, key Value, reverse bool) error {
	_, err := sortValues(t, items, cmp, key, reverse)
	return err
}

// Sort sorts the list in place as list.sort(cmp, key, reverse) does:
// while it sorts, the list looks empty, and a change to it meanwhile
// raises ValueError.
func (l *List) Sort(t *Thread, cmp, key Value, reverse bool) error {
	d := l.ref.Write(t.tx())
	saved := d.unchunk()
	d.items = nil
	keyErr, err := sortValues(t, saved, cmp, key, reverse)
	d = l.ref.Write(t.tx())
	if d.items != nil && err == nil && !keyErr {
		err = Errorf(ValueError, "list modified during sort")
	}
	*d = listData{items: saved}
	return err
}

// Sorted is the built-in sorted(iterable, cmp=None, key=None,
// reverse=False): the items of iterable in a new list, sorted by
// list.sort with the other arguments.
func Sorted(t *Thread, args, kw []Value) (Value, error) {
	a, err := argsParse("sorted", args, kw, []string{"iterable", "cmp", "key", "reverse"}, 1)
	if err != nil {
		return nil, err
	}
	if a[3] != nil {
		if _, err := cintArg(t, a[3]); err != nil {
			return nil, err
		}
	}
	l, err := ListOf(t, a[0])
	if err != nil {
		return nil, err
	}
	var rest []Value
	if len(args) > 1 {
		rest = args[1:]
	}
	if _, err := list_sort(t, l, rest, kw); err != nil {
		return nil, err
	}
	return l, nil
}
