package stm

import "testing"

type payload struct{ n int }

func TestRefReadWrite(t *testing.T) {
	tx := Begin()
	r := NewRef(&payload{n: 1})
	if got := r.Read(tx).n; got != 1 {
		t.Fatalf("Read = %d, want 1", got)
	}
	r.Write(tx).n = 2
	if got := r.Read(tx).n; got != 2 {
		t.Fatalf("after Write, Read = %d, want 2", got)
	}
	tx.Commit()
	tx2 := Begin()
	if got := r.Read(tx2).n; got != 2 {
		t.Fatalf("after commit, a new transaction reads %d, want 2", got)
	}
	if tx2.Seq() <= tx.Seq() {
		t.Errorf("sequence numbers not increasing: %d then %d", tx.Seq(), tx2.Seq())
	}
}

func TestHooks(t *testing.T) {
	var log []string
	tx := Begin()
	tx.OnCommit(func() { log = append(log, "commit") })
	tx.OnAbort(func() { log = append(log, "abort1") })
	tx.Commit()
	if len(log) != 1 || log[0] != "commit" {
		t.Fatalf("commit hooks ran as %v", log)
	}
	if tx.Running() {
		t.Error("transaction still running after Commit")
	}
	log = nil
	tx = Begin()
	tx.OnAbort(func() { log = append(log, "a") })
	tx.OnAbort(func() { log = append(log, "b") })
	tx.OnCommit(func() { log = append(log, "commit") })
	tx.Rollback()
	if len(log) != 2 || log[0] != "b" || log[1] != "a" {
		t.Fatalf("abort hooks ran as %v, want [b a]", log)
	}
}

func TestAbortIsError(t *testing.T) {
	tx := Begin()
	var err error = &Abort{Tx: tx, Reason: "conflict"}
	if err.Error() != "stm: transaction aborted: conflict" {
		t.Errorf("Abort.Error() = %q", err.Error())
	}
}
