package retention

import (
	"os/exec"
	"testing"
)

// TestShapeGenerated: shape_gen.go (the patterns and limits Compile checks
// ids, versions, fact names and texts with) is what gen_shape.go writes
// from schema/schedule.schema.json, the one statement of a schedule's
// shape; this fails when either has been edited apart from the other.
func TestShapeGenerated(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go tool")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("no go tool on PATH: %v", err)
	}
	out, err := exec.Command(goTool, "run", "gen_shape.go", "-check").CombinedOutput()
	if err != nil {
		t.Errorf("go run gen_shape.go -check: %v\n%s", err, out)
	}
}
