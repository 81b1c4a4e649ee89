//go:build !linux

package interp

// adviseHugeHeap does nothing: huge pages are asked for on Linux only.
func adviseHugeHeap() {}
