package main

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

func TestParseOptionsProgramArgs(t *testing.T) {
	for _, tc := range []struct {
		args   []string
		script string
		argv   []string
	}{
		{[]string{"x.py", "-c", "--help", "-"}, "x.py", []string{"x.py", "-c", "--help", "-"}},
		{[]string{"-u", "-B", "x.py", "-u"}, "x.py", []string{"x.py", "-u"}},
		{[]string{"-", "a"}, "-", []string{"-", "a"}},
		{[]string{"--", "-x.py", "a"}, "-x.py", []string{"-x.py", "a"}},
		{[]string{"-i"}, "", []string{""}},
		{nil, "", []string{""}},
	} {
		o, err := parseOptions(tc.args)
		if err != nil {
			t.Fatalf("%q: %v", tc.args, err)
		}
		if o.script != tc.script || !reflect.DeepEqual(o.argv, tc.argv) {
			t.Errorf("%q: script %q argv %q, want %q %q", tc.args, o.script, o.argv, tc.script, tc.argv)
		}
	}
}

func TestParseOptionsCommandAndModule(t *testing.T) {
	o, err := parseOptions([]string{"-uc", "print 1", "-x", "y"})
	if err != nil || !o.hasCmd || o.command != "print 1" || !o.unbuffer ||
		!reflect.DeepEqual(o.argv, []string{"-c", "-x", "y"}) {
		t.Fatalf("-uc: %+v %v", o, err)
	}
	o, err = parseOptions([]string{"-cprint 2"})
	if err != nil || o.command != "print 2" {
		t.Fatalf("-cprint 2: %+v %v", o, err)
	}
	o, err = parseOptions([]string{"-m", "timeit", "-n", "3"})
	if err != nil || !o.hasMod || o.module != "timeit" || !reflect.DeepEqual(o.argv, []string{"-m", "-n", "3"}) {
		t.Fatalf("-m: %+v %v", o, err)
	}
	o, err = parseOptions([]string{"-OO", "-vv", "-Qnew", "-W", "ignore", "-tt", "s.py"})
	if err != nil || o.optimize != 2 || o.verbose != 2 || o.division != "new" ||
		!reflect.DeepEqual(o.warnings, []string{"ignore"}) || o.tabs != 2 || o.script != "s.py" {
		t.Fatalf("clustered: %+v %v", o, err)
	}
}

func TestParseOptionsErrors(t *testing.T) {
	for args, first := range map[string]string{
		"-z":     "Unknown option: -z",
		"--foo":  "Unknown option: --",
		"-c":     "Argument expected for the -c option",
		"-m":     "Argument expected for the -m option",
		"-Qx":    "-Q option should be `-Qold', `-Qwarn', `-Qwarnall', or `-Qnew' only",
		"-u -W":  "Argument expected for the -W option",
		"-ic -z": "",
	} {
		_, err := parseOptions(strings.Fields(args))
		if first == "" {
			if err != nil {
				t.Errorf("%s: unexpected error %v", args, err)
			}
			continue
		}
		if err == nil {
			t.Errorf("%s: no error", args)
			continue
		}
		lines := strings.Split(err.Error(), "\n")
		if lines[0] != first || lines[1] != usageLine {
			t.Errorf("%s: got %q", args, err.Error())
		}
	}
}

func TestRunExitCodes(t *testing.T) {
	for _, tc := range []struct {
		args   string
		status int
		stderr string
	}{
		{"-z", 2, "Unknown option: -z\n"},
		{"no/such/file.py", 2, "pystm: can't open file 'no/such/file.py': [Errno 2] No such file or directory\n"},
		{"-V", 0, "Python 2.7.18 (pystm " + version + ")\n"},
		{"compile no/such/file.py", 1, "pystm compile: can't open file 'no/such/file.py': [Errno 2] No such file or directory\n"},
		{"compile", 2, "pystm: requires at least 1 arg(s), only received 0\n"},
	} {
		var out, errb bytes.Buffer
		a := &app{stdin: strings.NewReader(""), stdout: &out, stderr: &errb}
		if st := a.run(strings.Fields(tc.args)); st != tc.status {
			t.Errorf("%s: status %d, want %d (stderr %q)", tc.args, st, tc.status, errb.String())
		}
		if !strings.HasPrefix(errb.String(), tc.stderr) {
			t.Errorf("%s: stderr %q, want prefix %q", tc.args, errb.String(), tc.stderr)
		}
	}
}
