package objects

import "unsafe"

// Id returns the identity of v, as id(v) does.
func Id(v Value) uintptr {
	type iface struct {
		typ, data unsafe.Pointer
	}
	return uintptr((*iface)(unsafe.Pointer(&v)).data)
}
