package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/document"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"
)

// root is the repository root, where action.yml and .pre-commit-hooks.yaml
// stand.
const root = "../.."

// action is what the tests read of action.yml.
type action struct {
	Inputs  map[string]struct{ Default string } `yaml:"inputs"`
	Outputs map[string]struct{ Value string }   `yaml:"outputs"`
	Runs    struct {
		Using string `yaml:"using"`
		Steps []step `yaml:"steps"`
	} `yaml:"runs"`
}

type step struct {
	Name             string            `yaml:"name"`
	ID               string            `yaml:"id"`
	If               string            `yaml:"if"`
	Uses             string            `yaml:"uses"`
	With             map[string]string `yaml:"with"`
	Shell            string            `yaml:"shell"`
	WorkingDirectory string            `yaml:"working-directory"`
	Env              map[string]string `yaml:"env"`
	Run              string            `yaml:"run"`
}

// text is every field of the step that GitHub evaluates expressions in.
func (s step) text() string {
	parts := []string{s.If, s.WorkingDirectory, s.Run}
	for _, m := range []map[string]string{s.With, s.Env} {
		for _, v := range m {
			parts = append(parts, v)
		}
	}
	return strings.Join(parts, "\n")
}

type hook struct {
	ID            string   `yaml:"id"`
	Language      string   `yaml:"language"`
	Entry         string   `yaml:"entry"`
	Args          []string `yaml:"args"`
	Files         string   `yaml:"files"`
	PassFilenames *bool    `yaml:"pass_filenames"`
}

func loadYAML(t *testing.T, name string, v any) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root, name))
	require.NoError(t, err)
	require.NoError(t, yaml.Unmarshal(data, v), name)
}

func loadAction(t *testing.T) action {
	t.Helper()
	var a action
	loadYAML(t, "action.yml", &a)
	require.NotEmpty(t, a.Runs.Steps, "action.yml has no steps")
	return a
}

func loadHook(t *testing.T) hook {
	t.Helper()
	var hooks []hook
	loadYAML(t, ".pre-commit-hooks.yaml", &hooks)
	for _, h := range hooks {
		if h.ID == "factcheck" {
			return h
		}
	}
	t.Fatal(".pre-commit-hooks.yaml has no hook factcheck")
	return hook{}
}

// stepRunning returns the step whose script contains s.
func stepRunning(t *testing.T, a action, s string) step {
	t.Helper()
	for _, st := range a.Runs.Steps {
		if strings.Contains(st.Run, s) {
			return st
		}
	}
	t.Fatalf("action.yml has no step running %q", s)
	return step{}
}

// checkStep is the step that runs the command built by the action: a line
// of its script starts with the binary.
func checkStep(t *testing.T, a action) step {
	t.Helper()
	runs := regexp.MustCompile(`(?m)^\s*"\$RUNNER_TEMP/factcheck" `)
	for _, st := range a.Runs.Steps {
		if runs.MatchString(st.Run) {
			return st
		}
	}
	t.Fatal("action.yml has no step running \"$RUNNER_TEMP/factcheck\"")
	return step{}
}

var (
	expression = regexp.MustCompile(`\$\{\{\s*(.*?)\s*\}\}`)
	inputRef   = regexp.MustCompile(`inputs\.([A-Za-z0-9_-]+)`)
	// flagArg is a --flag in a script, with the word after it when that is
	// not another flag.
	flagArg = regexp.MustCompile(`(--[a-z][a-z-]*)(?:[ =]+("[^"]*"|[^-\s)"][^\s)]*))?`)
)

// inputValues are the values the tests give the action's inputs: paths in
// a copy of testdata/project.
var inputValues = map[string]string{
	"facts":        "facts/facts.yaml",
	"sources":      "seeds",
	"sarif":        "factcheck.sarif",
	"upload-sarif": "true",
	"go-version":   "",
}

// TestActionFile checks what action.yml must get right for GitHub to run it
// safely and for the job to fail as the command does.
func TestActionFile(t *testing.T) {
	a := loadAction(t)
	tests := []struct {
		why   string
		check func(t *testing.T)
	}{
		{"GitHub runs the steps of a composite action itself", func(t *testing.T) {
			assert.Equal(t, "composite", a.Runs.Using)
		}},
		{"an input a step uses but action.yml does not declare is always empty", func(t *testing.T) {
			for _, st := range a.Runs.Steps {
				for _, m := range inputRef.FindAllStringSubmatch(st.text(), -1) {
					assert.Contains(t, a.Inputs, m[1], "step %q uses inputs.%s", st.Name, m[1])
				}
			}
		}},
		{"an input declared but used by no step would be silently ignored", func(t *testing.T) {
			var all strings.Builder
			for _, st := range a.Runs.Steps {
				all.WriteString(st.text() + "\n")
			}
			for name := range a.Inputs {
				assert.Contains(t, all.String(), "inputs."+name, "input %s is used nowhere", name)
			}
		}},
		{"an expression inside a run script is pasted into the shell text: script injection", func(t *testing.T) {
			for _, st := range a.Runs.Steps {
				assert.NotContains(t, st.Run, "${{", "step %q: pass it through env:", st.Name)
				assert.NotContains(t, st.Run, "inputs.", "step %q: pass it through env:", st.Name)
			}
		}},
		{"a run step of a composite action without shell: is refused by GitHub", func(t *testing.T) {
			for _, st := range a.Runs.Steps {
				if st.Run != "" {
					assert.Equal(t, "bash", st.Shell, "step %q", st.Name)
				}
			}
		}},
		{"an action used without a ref does not resolve", func(t *testing.T) {
			for _, st := range a.Runs.Steps {
				if st.Uses != "" {
					assert.Regexp(t, `^[\w.-]+/[\w./-]+@\S+$`, st.Uses, "step %q", st.Name)
				}
			}
		}},
		{"factcheck is built from the action's own checkout, not the caller's workspace", func(t *testing.T) {
			st := stepRunning(t, a, "go build")
			assert.Equal(t, "${{ github.action_path }}", st.WorkingDirectory)
			assert.Contains(t, st.Run, `-o "$RUNNER_TEMP/factcheck" ./cmd/factcheck`)
		}},
		{"the SARIF is uploaded also when the check failed, and only when asked", func(t *testing.T) {
			var up step
			for _, st := range a.Runs.Steps {
				if strings.HasPrefix(st.Uses, "github/codeql-action/upload-sarif@") {
					up = st
				}
			}
			require.NotEmpty(t, up.Uses, "no upload-sarif step")
			assert.Contains(t, up.If, "always()")
			assert.Contains(t, up.If, "inputs.upload-sarif == 'true'")
			assert.Equal(t, "${{ inputs.sarif }}", up.With["sarif_file"])
		}},
		{"the job ends with the checker's exit code, after the upload", func(t *testing.T) {
			check := checkStep(t, a)
			require.NotEmpty(t, check.ID, "the check step needs an id for its output")
			last := a.Runs.Steps[len(a.Runs.Steps)-1]
			assert.Contains(t, last.If, "always()")
			assert.Contains(t, last.text(), "steps."+check.ID+".outputs.exit-code")
			assert.Contains(t, last.Run, "exit ")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.why, tt.check)
	}
}

// TestHookFile checks what .pre-commit-hooks.yaml must get right for
// pre-commit to build and run the command on the right changes.
func TestHookFile(t *testing.T) {
	h := loadHook(t)
	files, err := regexp.Compile(h.Files)
	require.NoError(t, err, "files: is a regular expression (pre-commit's is Python's, the same for this one)")
	tests := []struct {
		why   string
		check func(t *testing.T)
	}{
		{"pre-commit builds it with go install ./..., which names the binary after its directory", func(t *testing.T) {
			assert.Equal(t, "golang", h.Language)
			program := strings.Fields(h.Entry)[0]
			assert.DirExists(t, filepath.Join(root, "cmd", program))
		}},
		{"check takes no file names: passed ones would make it exit 2", func(t *testing.T) {
			require.NotNil(t, h.PassFilenames, "pass_filenames defaults to true")
			assert.False(t, *h.PassFilenames)
			dir := project(t, "", "")
			t.Chdir(dir)
			var stdout, stderr bytes.Buffer
			args := append(strings.Fields(h.Entry)[1:], h.Args...)
			assert.Equal(t, BadInput, Run(append(args, "seeds/sources.yaml"), &stdout, &stderr))
		}},
		{"a change to any file the check reads runs the hook", func(t *testing.T) {
			paths := []string{"facts/facts.yaml", "docs/facts.yml", ".factcheck.yaml", "seeds/sources.yaml"}
			for _, ext := range document.Extensions() {
				paths = append(paths, "seeds/a"+ext)
			}
			for _, p := range paths {
				assert.True(t, files.MatchString(p), "files: does not match %s", p)
			}
		}},
		{"a change to anything else does not", func(t *testing.T) {
			for _, p := range []string{"main.go", "go.sum", "seeds/a.pdf", "Makefile"} {
				assert.False(t, files.MatchString(p), "files: matches %s", p)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.why, tt.check)
	}
}

// scriptFlags returns the --flags a script passes, with their values after
// expanding the shell variables named in vars; it fails on any other.
func scriptFlags(t *testing.T, script string, vars map[string]string) []string {
	t.Helper()
	var args []string
	for _, m := range flagArg.FindAllStringSubmatch(script, -1) {
		args = append(args, m[1])
		if m[2] == "" {
			continue
		}
		args = append(args, os.Expand(strings.Trim(m[2], `"`), func(name string) string {
			v, ok := vars[name]
			if !ok {
				t.Fatalf("no test value for $%s in %s", name, m[0])
			}
			return v
		}))
	}
	return args
}

// TestActionAndHookFlags runs the command in process with the flags the
// action and the hook pass it, against testdata/project: a flag the command
// does not have, or a value it refuses, exits 2 instead of 0.
func TestActionAndHookFlags(t *testing.T) {
	a, h := loadAction(t), loadHook(t)
	check := checkStep(t, a)
	vars := map[string]string{
		"source": inputValues["sources"], // the loop variable: one line of the sources input
	}
	for name, v := range check.Env {
		m := inputRef.FindStringSubmatch(v)
		require.NotNil(t, m, "env %s of the check step is not an input", name)
		vars[name] = inputValues[m[1]]
	}
	tests := []struct {
		why  string
		args []string
		want []string // flags that must be among them
	}{
		{"the action's check step", append([]string{"check"}, scriptFlags(t, check.Run, vars)...), []string{"--format", "--facts", "--sources"}},
		{"the pre-commit hook's entry", append(strings.Fields(h.Entry)[1:], h.Args...), nil},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			for _, f := range tt.want {
				assert.Contains(t, tt.args, f)
			}
			t.Chdir(project(t, "", ""))
			t.Setenv("GITHUB_STEP_SUMMARY", "")
			var stdout, stderr bytes.Buffer
			assert.Equal(t, OK, Run(tt.args, &stdout, &stderr), "factcheck %s\n%s", strings.Join(tt.args, " "), stderr.String())
		})
	}
}

// TestActionScripts runs the action's own shell steps as the runner does
// (bash -eo pipefail, inputs through env:, outputs through $GITHUB_OUTPUT)
// on copies of testdata/project: the build, the check keeping the checker's
// exit code, and the last step exiting with it. setup-go and the upload are
// GitHub's own actions and are not run.
func TestActionScripts(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("no bash")
	}
	a := loadAction(t)
	rootAbs, err := filepath.Abs(root)
	require.NoError(t, err)
	runner := stepRunner{actionPath: rootAbs, temp: t.TempDir()}

	_, code, out := runner.run(t, stepRunning(t, a, "go build"), "", nil, nil)
	require.Equal(t, 0, code, "the build step: %s", out)
	require.FileExists(t, filepath.Join(runner.temp, "factcheck"))

	check, last := checkStep(t, a), a.Runs.Steps[len(a.Runs.Steps)-1]
	tests := []struct {
		why      string
		dir      func(t *testing.T) string
		inputs   map[string]string
		code     string
		sarif    bool
		injected []string // files the inputs would create if they reached the shell as text
	}{
		{"the defaults: no facts or sources given, the command's own defaults", func(t *testing.T) string { return project(t, "", "") },
			map[string]string{"facts": "", "sources": "", "sarif": "factcheck.sarif"}, "0", true, nil},
		{"sources one per line, with blank lines and spaces around; the SARIF's directory made", func(t *testing.T) string { return project(t, "", "") },
			map[string]string{"facts": "facts/facts.yaml", "sources": "\n  seeds  \n\n", "sarif": "reports/check.sarif"}, "0", true, nil},
		{"a new contradiction: the step succeeds and keeps exit code 1, the SARIF written", removeKenaniLabel,
			map[string]string{"facts": "", "sources": "seeds", "sarif": "factcheck.sarif"}, "1", true, nil},
		{"a SARIF file already there is not this run's: a sheet that does not load uploads nothing", func(t *testing.T) string {
			dir := project(t, "", "")
			require.NoError(t, os.WriteFile(filepath.Join(dir, "old.sarif"), []byte("{}"), 0o644))
			return dir
		}, map[string]string{"facts": "none.yaml", "sources": "", "sarif": "old.sarif"}, "2", false, nil},
		{"inputs that try to run commands are only paths: the sheet does not load, exit code 2", func(t *testing.T) string { return project(t, "", "") },
			map[string]string{"facts": `x"; touch injected1; echo "`, "sources": "$(touch injected2)\n`touch injected3`", "sarif": "a.sarif; touch injected4"},
			"2", false, []string{"injected1", "injected2", "injected3", "injected4"}},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			dir := tt.dir(t)
			outputs, code, out := runner.run(t, check, dir, tt.inputs, nil)
			require.Equal(t, 0, code, "the check step itself succeeds whatever the checker says: %s", out)
			assert.Equal(t, tt.code, outputs["exit-code"], out)
			if tt.sarif {
				assert.Equal(t, "true", outputs["sarif-written"])
				assert.FileExists(t, filepath.Join(dir, tt.inputs["sarif"]))
			} else {
				assert.NotContains(t, outputs, "sarif-written")
			}
			for _, f := range tt.injected {
				assert.NoFileExists(t, filepath.Join(dir, f))
			}
			_, code, out = runner.run(t, last, dir, tt.inputs, outputs)
			assert.Equal(t, tt.code, strconv.Itoa(code), "the last step exits with the checker's code: %s", out)
		})
	}
}

// A stepRunner runs shell steps of action.yml as the runner does, for
// TestActionScripts.
type stepRunner struct {
	actionPath string // what github.action_path evaluates to
	temp       string // $RUNNER_TEMP, shared by the steps of a job
}

// run runs one step in dir (or in its working-directory), given the
// action's inputs and the outputs of the steps before it. It returns the
// step's outputs, its exit code and what it printed.
func (r stepRunner) run(t *testing.T, st step, dir string, inputs, outputs map[string]string) (map[string]string, int, string) {
	t.Helper()
	eval := func(s string) string { return r.eval(t, s, inputs, outputs) }
	script := filepath.Join(t.TempDir(), "step.sh")
	require.NoError(t, os.WriteFile(script, []byte(st.Run), 0o644))
	out := filepath.Join(t.TempDir(), "output")
	require.NoError(t, os.WriteFile(out, nil, 0o644))
	cmd := exec.Command("bash", "--noprofile", "--norc", "-eo", "pipefail", script)
	cmd.Dir = dir
	if st.WorkingDirectory != "" {
		cmd.Dir = eval(st.WorkingDirectory)
	}
	cmd.Env = append(os.Environ(), "RUNNER_TEMP="+r.temp, "GITHUB_OUTPUT="+out, "GITHUB_STEP_SUMMARY=")
	for k, v := range st.Env {
		cmd.Env = append(cmd.Env, k+"="+eval(v))
	}
	combined, err := cmd.CombinedOutput()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else {
		require.NoError(t, err)
	}
	data, err := os.ReadFile(out)
	require.NoError(t, err)
	got := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if k, v, ok := strings.Cut(line, "="); ok {
			got[k] = v
		}
	}
	return got, code, string(combined)
}

// eval evaluates the ${{ }} expressions in s that the action's steps use:
// github.action_path, inputs.NAME and steps.ID.outputs.NAME. Any other
// fails the test.
func (r stepRunner) eval(t *testing.T, s string, inputs, outputs map[string]string) string {
	return expression.ReplaceAllStringFunc(s, func(e string) string {
		x := expression.FindStringSubmatch(e)[1]
		switch {
		case x == "github.action_path":
			return r.actionPath
		case strings.HasPrefix(x, "inputs."):
			v, ok := inputs[strings.TrimPrefix(x, "inputs.")]
			require.True(t, ok, "no value for %s", x)
			return v
		case strings.HasPrefix(x, "steps."):
			return outputs[x[strings.LastIndex(x, ".")+1:]]
		}
		t.Fatalf("the test does not evaluate %s", e)
		return ""
	})
}
