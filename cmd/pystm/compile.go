package main

import (
	"fmt"
	"os"

	"github.com/pystm/pystm/compile"
	"github.com/pystm/pystm/compile/syntax"
	"github.com/spf13/cobra"
)

// compileCommand is `pystm compile [--dump-ast | --dis] FILE...`: like
// `python -m py_compile`, it checks files and reports their errors.
func (a *app) compileCommand() *cobra.Command {
	var dumpAST, dis bool
	cmd := &cobra.Command{
		Use:   "compile [--dump-ast | --dis] FILE...",
		Short: "Check Python 2.7 files; dump their syntax tree or bytecode",
		Long: `compile checks each FILE as 'python -m py_compile' does and reports
every error in CPython's format; the exit status is 1 if any file failed.

--dump-ast prints, for each file, exactly what CPython 2.7 prints for
ast.dump(ast.parse(source, filename)), one line per file.
--dis prints the bytecode, one instruction per line with its line number.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, files []string) error {
			if dumpAST && dis {
				return fmt.Errorf("--dump-ast and --dis exclude each other")
			}
			failed := false
			for _, f := range files {
				if !a.compileFile(f, dumpAST, dis) {
					failed = true
				}
			}
			if failed {
				return exitError(1)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&dumpAST, "dump-ast", false, "print the syntax tree as CPython's ast.dump does")
	cmd.Flags().BoolVar(&dis, "dis", false, "print the bytecode with line numbers")
	return cmd
}

// compileFile checks one file and reports what was asked; it returns
// false if the file could not be read or has an error.
func (a *app) compileFile(filename string, dumpAST, dis bool) bool {
	src, err := os.ReadFile(filename)
	if err != nil {
		fmt.Fprintf(a.stderr, "pystm compile: can't open file '%s': %s\n", filename, errnoText(err))
		return false
	}
	if dumpAST {
		// As ast.parse(source, filename): the source read as a string.
		tree, err := syntax.Parse(filename, src, syntax.ModeExec, 0)
		if err != nil {
			a.reportError(err)
			return false
		}
		fmt.Fprintln(a.stdout, syntax.Dump(tree))
		return true
	}
	// A file is checked as it would be read to run it (the source
	// encoding rules for files, CPython's "python FILE" errors).
	tree, err := syntax.ParseFile(filename, src, 0)
	var code *compile.Code
	if err == nil {
		code, err = compile.CompileTree(tree, filename, src, 0)
	}
	if err != nil {
		a.reportError(err)
		return false
	}
	if dis {
		code.Disassemble(a.stdout)
	}
	return true
}

// reportError prints a compile error as CPython prints an uncaught one.
func (a *app) reportError(err error) {
	if se, ok := err.(*syntax.Error); ok {
		fmt.Fprint(a.stderr, se.Format())
		return
	}
	fmt.Fprintf(a.stderr, "pystm compile: %v\n", err)
}

// errnoText renders a file error as CPython's "[Errno N] message".
func errnoText(err error) string {
	switch {
	case os.IsNotExist(err):
		return "[Errno 2] No such file or directory"
	case os.IsPermission(err):
		return "[Errno 13] Permission denied"
	}
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err.Error()
	}
	return err.Error()
}
