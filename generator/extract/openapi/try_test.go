package openapi

import (
	"github.com/docenum/docenum/generator/model"
	"strings"
	"github.com/docenum/docenum/generator/spec"
	"fmt"
	"os"
	"testing"
	"time"
)

func TestTryTwilio(t *testing.T) {
	for _, f := range []string{"/tmp/oaibench/twilio_api_v2010.json", "/tmp/oaibench/twilio_api_v2010.yaml"} {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Skip()
		}
		t0 := time.Now()
		fmt.Println("sniff", Sniff(data), time.Since(t0))
		t0 = time.Now()
		r, err := Read(f, data, Options{})
		fmt.Println(time.Since(t0), err, r.Summary, len(r.Diags))
		for i, d := range r.Diags {
			if i < 15 {
				fmt.Println(d)
			}
		}
		for _, e := range r.Enums {
			if e.Name == "CallEnumStatus" || len(r.Enums) < 0 {
				fmt.Println(e.Name, e.Line, r.Pointers[e], len(e.Values))
			}
		}
	}
}

func TestTryDump(t *testing.T) {
	data, err := os.ReadFile(os.Getenv("OAI_FILE"))
	if err != nil {
		t.Skip()
	}
	r, err := Read("in", data, Options{Select: splitSel(os.Getenv("OAI_SEL"))})
	if err != nil {
		t.Fatal(err)
	}
	out, err := spec.Marshal(&spec.File{Vendor: "x", Enums: r.Enums, Models: r.Models})
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile("/tmp/oaitry/out.yaml", out, 0o644)
	fmt.Println(r.Summary)
	for _, d := range r.Diags {
		fmt.Println(d)
	}
}

func splitSel(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

func TestTryBuild(t *testing.T) {
	data, err := os.ReadFile("/tmp/oaitry/out.yaml")
	if err != nil {
		t.Skip()
	}
	f, l := spec.Load("out.yaml", data)
	fmt.Println(l)
	_, errs := model.Build([]*spec.File{f}, model.Options{})
	for i, e := range errs {
		if i < 20 {
			fmt.Println(e)
		}
	}
	fmt.Println(len(errs))
}
