package compile

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/pystm/pystm/compile/syntax"
)

// This file lets tests use CPython 2.7 as an oracle, independently of
// pystm's parser: a Python script dumps, for each source, CPython's
// syntax tree (as JSON, rebuilt here into a syntax.Tree), the result of
// compile(), its symbol tables and its code objects.

const python2 = "python2"

// oracleScript reads file names (one per line) on stdin and writes one
// JSON object per file.
const oracleScript = `
import sys, ast, json, symtable, types, dis

def enc(node):
    if isinstance(node, list):
        return [enc(x) for x in node]
    if node is None:
        return None
    if isinstance(node, ast.AST):
        t = type(node).__name__
        d = {"_t": t}
        if isinstance(node, ast.Num):
            n = node.n
            if type(n) is int: d["n"] = {"int": str(n)}
            elif type(n) is long: d["n"] = {"long": str(n)}
            elif type(n) is float: d["n"] = {"float": n.hex()}
            else: d["n"] = {"complex": [n.real.hex(), n.imag.hex()]}
        elif isinstance(node, ast.Str):
            s = node.s
            if isinstance(s, unicode): d["u"] = [ord(c) for c in s]
            else: d["s"] = s.encode("hex")
        else:
            for f in node._fields:
                d[f] = enc(getattr(node, f))
        for a in ("lineno", "col_offset"):
            if hasattr(node, a): d[a] = getattr(node, a)
        return d
    if isinstance(node, (str, unicode)):
        return node
    if isinstance(node, bool):
        return node
    if isinstance(node, (int, long)):
        return node
    raise TypeError(repr(node))

def tables(t):
    out = {"type": t.get_type(), "name": t.get_name(), "lineno": t.get_lineno(),
           "optimized": bool(t.is_optimized()), "nested": bool(t.is_nested()), "syms": {}}
    for s in t.get_symbols():
        out["syms"][s.get_name()] = [s._Symbol__flags, s._Symbol__scope]
    out["children"] = [tables(c) for c in t.get_children()]
    return out

def codes(co, out):
    out.append({"name": co.co_name, "firstlineno": co.co_firstlineno, "argcount": co.co_argcount,
                "flags": co.co_flags, "varnames": list(co.co_varnames), "cellvars": list(co.co_cellvars),
                "freevars": list(co.co_freevars), "lines": sorted(set(l for _, l in dis.findlinestarts(co)))})
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            codes(c, out)
    return out

for line in sys.stdin:
    fn = line.rstrip("\n")
    res = {"file": fn}
    try:
        src = open(fn, "rb").read()
        mode = "exec"
        if fn.endswith(".eval"): mode = "eval"
        try:
            tree = compile(src, fn, mode, ast.PyCF_ONLY_AST, True)
            res["tree"] = enc(tree)
        except SyntaxError as e:
            res["parse_error"] = [e.msg, e.lineno]
        if "tree" in res:
            try:
                co = compile(src, fn, mode, 0, True)
                res["codes"] = codes(co, [])
            except SyntaxError as e:
                res["error"] = [e.msg, e.lineno or 0]
            try:
                res["symtable"] = tables(symtable.symtable(src, fn, mode))
            except SyntaxError:
                pass
    except Exception as e:
        res["oracle_error"] = repr(e)
    sys.stdout.write(json.dumps(res) + "\n")
    sys.stdout.flush()
`

// oracleResult is what the script says of one file.
type oracleResult struct {
	File        string          `json:"file"`
	Tree        json.RawMessage `json:"tree"`
	ParseError  []any           `json:"parse_error"`
	Error       []any           `json:"error"`
	Codes       []oracleCode    `json:"codes"`
	Symtable    *oracleTable    `json:"symtable"`
	OracleError string          `json:"oracle_error"`
}

type oracleCode struct {
	Name        string   `json:"name"`
	FirstLineno int      `json:"firstlineno"`
	Argcount    int      `json:"argcount"`
	Flags       int      `json:"flags"`
	Varnames    []string `json:"varnames"`
	Cellvars    []string `json:"cellvars"`
	Freevars    []string `json:"freevars"`
	Lines       []int    `json:"lines"`
}

type oracleTable struct {
	Type      string            `json:"type"`
	Name      string            `json:"name"`
	Lineno    int               `json:"lineno"`
	Optimized bool              `json:"optimized"`
	Nested    bool              `json:"nested"`
	Syms      map[string][2]int `json:"syms"`
	Children  []*oracleTable    `json:"children"`
}

func havePython2() bool {
	_, err := exec.LookPath(python2)
	if err != nil {
		return false
	}
	cmd := exec.Command(python2, "-c", "import sys; sys.exit(sys.version_info[:2] != (2, 7))")
	cmd.Env = append(os.Environ(), "PYENV_VERSION=2.7.18")
	return cmd.Run() == nil
}

// runOracle runs the script over files, calling fn with each result.
func runOracle(t testing.TB, files []string, fn func(*oracleResult)) {
	t.Helper()
	cmd := exec.Command(python2, "-W", "ignore", "-c", oracleScript)
	cmd.Env = append(os.Environ(), "PYENV_VERSION=2.7.18")
	cmd.Stdin = strings.NewReader(strings.Join(files, "\n") + "\n")
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	sc.Buffer(make([]byte, 1<<20), 1<<30)
	for sc.Scan() {
		var r oracleResult
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		fn(&r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatal(err)
	}
}

// oracleSources writes sources to temporary files and returns their
// names; a name ending in ".eval" is compiled in eval mode.
func oracleSources(t testing.TB, srcs []string) []string {
	dir := t.TempDir()
	var files []string
	for i, src := range srcs {
		fn := fmt.Sprintf("%s/s%d.py", dir, i)
		if err := os.WriteFile(fn, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, fn)
	}
	return files
}

// Rebuilding syntax trees from the JSON dump.

var astTypes = map[string]reflect.Type{}

func init() {
	for _, v := range []any{
		syntax.Module{}, syntax.Interactive{}, syntax.Expression{}, syntax.Suite{},
		syntax.FunctionDef{}, syntax.ClassDef{}, syntax.Return{}, syntax.Delete{}, syntax.Assign{},
		syntax.AugAssign{}, syntax.Print{}, syntax.For{}, syntax.While{}, syntax.If{}, syntax.With{},
		syntax.Raise{}, syntax.TryExcept{}, syntax.TryFinally{}, syntax.Assert{}, syntax.Import{},
		syntax.ImportFrom{}, syntax.Exec{}, syntax.Global{}, syntax.Pass{}, syntax.Break{},
		syntax.Continue{}, syntax.BoolOp{}, syntax.BinOp{}, syntax.UnaryOp{}, syntax.Lambda{},
		syntax.IfExp{}, syntax.Dict{}, syntax.Set{}, syntax.ListComp{}, syntax.SetComp{},
		syntax.DictComp{}, syntax.GeneratorExp{}, syntax.Yield{}, syntax.Compare{}, syntax.Call{},
		syntax.Repr{}, syntax.Num{}, syntax.Str{}, syntax.Attribute{}, syntax.Subscript{},
		syntax.Name{}, syntax.List{}, syntax.Tuple{}, syntax.Ellipsis{}, syntax.Slice{},
		syntax.ExtSlice{}, syntax.Index{}, syntax.Comprehension{}, syntax.ExceptHandler{},
		syntax.Arguments{}, syntax.Keyword{}, syntax.Alias{},
	} {
		t := reflect.TypeOf(v)
		astTypes[t.Name()] = t
	}
	astTypes["Expr"] = reflect.TypeOf(syntax.ExprStmt{})
	astTypes["comprehension"] = astTypes["Comprehension"]
	astTypes["arguments"] = astTypes["Arguments"]
	astTypes["keyword"] = astTypes["Keyword"]
	astTypes["alias"] = astTypes["Alias"]
}

var astEnums = map[string]any{}

func init() {
	for i, n := range []string{"Load", "Store", "Del", "AugLoad", "AugStore", "Param"} {
		astEnums[n] = syntax.ExprContext(i)
	}
	for i, n := range []string{"And", "Or"} {
		astEnums[n] = syntax.BoolOperator(i)
	}
	for i, n := range []string{"Add", "Sub", "Mult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"} {
		astEnums[n] = syntax.Operator(i)
	}
	for i, n := range []string{"Invert", "Not", "UAdd", "USub"} {
		astEnums[n] = syntax.UnaryOperator(i)
	}
	for i, n := range []string{"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"} {
		astEnums[n] = syntax.CmpOp(i)
	}
}

func camel(s string) string {
	parts := strings.Split(s, "_")
	for i, p := range parts {
		if p != "" {
			parts[i] = strings.ToUpper(p[:1]) + p[1:]
		}
	}
	return strings.Join(parts, "")
}

// treeFromJSON rebuilds a syntax tree from the script's dump.
func treeFromJSON(data []byte) (syntax.Tree, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	r, err := buildValue(v, reflect.TypeOf((*syntax.Tree)(nil)).Elem())
	if err != nil {
		return nil, err
	}
	return r.Interface().(syntax.Tree), nil
}

func buildValue(v any, t reflect.Type) (reflect.Value, error) {
	if v == nil {
		return reflect.Zero(t), nil
	}
	switch t.Kind() {
	case reflect.Slice:
		list, ok := v.([]any)
		if !ok {
			return reflect.Value{}, fmt.Errorf("want list for %s, got %T", t, v)
		}
		s := reflect.MakeSlice(t, len(list), len(list))
		for i, x := range list {
			e, err := buildValue(x, t.Elem())
			if err != nil {
				return reflect.Value{}, err
			}
			s.Index(i).Set(e)
		}
		return s, nil
	case reflect.String:
		return reflect.ValueOf(v.(string)).Convert(t), nil
	case reflect.Bool:
		switch b := v.(type) {
		case bool:
			return reflect.ValueOf(b), nil
		case json.Number:
			return reflect.ValueOf(b.String() != "0"), nil
		}
	case reflect.Int:
		n, err := strconv.Atoi(v.(json.Number).String())
		return reflect.ValueOf(n), err
	}
	obj, ok := v.(map[string]any)
	if !ok {
		return reflect.Value{}, fmt.Errorf("want object for %s, got %T", t, v)
	}
	name, _ := obj["_t"].(string)
	if e, ok := astEnums[name]; ok {
		return reflect.ValueOf(e), nil
	}
	st, ok := astTypes[name]
	if !ok {
		return reflect.Value{}, fmt.Errorf("unknown node %q", name)
	}
	p := reflect.New(st)
	s := p.Elem()
	for k, x := range obj {
		switch k {
		case "_t":
			continue
		case "lineno":
			n, _ := strconv.Atoi(x.(json.Number).String())
			s.FieldByName("Pos").FieldByName("Line").SetInt(int64(n))
			continue
		case "col_offset":
			n, _ := strconv.Atoi(x.(json.Number).String())
			s.FieldByName("Pos").FieldByName("Col").SetInt(int64(n))
			continue
		}
		if name == "Num" && k == "n" {
			n, err := numFromJSON(x.(map[string]any))
			if err != nil {
				return reflect.Value{}, err
			}
			s.FieldByName("N").Set(reflect.ValueOf(&n).Elem())
			continue
		}
		if name == "Str" && k == "s" {
			b, err := hexDecode(x.(string))
			if err != nil {
				return reflect.Value{}, err
			}
			s.FieldByName("S").SetString(string(b))
			continue
		}
		if name == "Str" && k == "u" {
			var u []rune
			for _, c := range x.([]any) {
				n, _ := strconv.Atoi(c.(json.Number).String())
				u = append(u, rune(n))
			}
			if u == nil {
				u = []rune{}
			}
			s.FieldByName("U").Set(reflect.ValueOf(u))
			s.FieldByName("Unicode").SetBool(true)
			continue
		}
		f := s.FieldByName(camel(k))
		if !f.IsValid() {
			return reflect.Value{}, fmt.Errorf("%s has no field %s", name, k)
		}
		fv, err := buildValue(x, f.Type())
		if err != nil {
			return reflect.Value{}, fmt.Errorf("%s.%s: %v", name, k, err)
		}
		f.Set(fv)
	}
	return p, nil
}

func hexDecode(s string) ([]byte, error) {
	b := make([]byte, len(s)/2)
	for i := range b {
		n, err := strconv.ParseUint(s[2*i:2*i+2], 16, 8)
		if err != nil {
			return nil, err
		}
		b[i] = byte(n)
	}
	return b, nil
}

func numFromJSON(m map[string]any) (syntax.Number, error) {
	switch {
	case m["int"] != nil:
		return strconv.ParseInt(m["int"].(string), 10, 64)
	case m["long"] != nil:
		n, ok := new(big.Int).SetString(m["long"].(string), 10)
		if !ok {
			return nil, fmt.Errorf("bad long %v", m["long"])
		}
		return n, nil
	case m["float"] != nil:
		return parseHexFloat(m["float"].(string))
	case m["complex"] != nil:
		parts := m["complex"].([]any)
		re, err := parseHexFloat(parts[0].(string))
		if err != nil {
			return nil, err
		}
		im, err := parseHexFloat(parts[1].(string))
		return complex(re, im), err
	}
	return nil, fmt.Errorf("bad number %v", m)
}

func parseHexFloat(s string) (float64, error) {
	return strconv.ParseFloat(s, 64)
}
