package pypystm

import (
	"testing"
	"unsafe"
)

// TestBucketSize checks that buckets fill whole cache lines, so that
// two threads writing neighbouring buckets never write the same line.
func TestBucketSize(t *testing.T) {
	if s := unsafe.Sizeof(bucket{}); s%cacheLine != 0 {
		t.Errorf("a bucket takes %d bytes, not a whole number of %d-byte lines", s, cacheLine)
	}
}
