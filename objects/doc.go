// Package objects will be pystm's Python object model, built on package
// stm (issue 3 and after). It holds nothing yet.
package objects
