package stmlog

import (
	"encoding/binary"

	"github.com/pystm/pystm/stm"
)

// Header begins every log.
const Header = "STMGC-C7-PROF01\n"

// recordSize is the fixed part of a record.
const recordSize = 19

// maxMarker is the longest marker the format can hold.
const maxMarker = 255

// numCodes is how many event codes the format has (0 to 14: the last
// four are the garbage collector's, which pystm does not write).
const numCodes = 15

// Names of the codes pystm does not produce.
var gcNames = [...]string{"GC_MINOR_START", "GC_MINOR_DONE", "GC_MAJOR_START", "GC_MAJOR_DONE"}

// KindName is the name of event code k, as stmgc's log reader prints
// it, with its STM_ prefix.
func KindName(k stm.EventKind) string {
	if k >= stm.WaitDone+1 && int(k) < numCodes {
		return "STM_" + gcNames[k-stm.WaitDone-1]
	}
	return "STM_" + k.String()
}

// appendRecord appends the record of one event to b. t is the time in
// nanoseconds of the monotonic clock.
func appendRecord(b []byte, t int64, thread, other uint32, k stm.EventKind, m1, m2 string) []byte {
	if len(m1) > maxMarker {
		m1 = m1[:maxMarker]
	}
	if len(m2) > maxMarker {
		m2 = m2[:maxMarker]
	}
	b = binary.LittleEndian.AppendUint32(b, uint32(t/1e9))
	b = binary.LittleEndian.AppendUint32(b, uint32(t%1e9))
	b = binary.LittleEndian.AppendUint32(b, thread)
	b = binary.LittleEndian.AppendUint32(b, other)
	b = append(b, byte(k), byte(len(m1)), byte(len(m2)))
	b = append(b, m1...)
	return append(b, m2...)
}

// recordTime is the time of the record at the start of b.
func recordTime(b []byte) int64 {
	return int64(binary.LittleEndian.Uint32(b))*1e9 + int64(binary.LittleEndian.Uint32(b[4:]))
}

// recordLen is the length of the record at the start of b.
func recordLen(b []byte) int {
	return recordSize + int(b[17]) + int(b[18])
}
