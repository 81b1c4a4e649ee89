// Package lib will hold pystm's built-in modules, one subpackage each
// (sys, thread, time, math, transaction, pypystm, ...). It holds nothing yet.
package lib
