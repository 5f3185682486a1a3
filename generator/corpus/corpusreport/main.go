// Command corpusreport scores the extractor on testdata/corpus and prints
// the tables (make corpus). With -case it prints one case in full: the
// enums found, the misses and the inventions.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/docenum/docenum/generator/corpus"
)

func main() {
	dir := flag.String("dir", "testdata/corpus", "the corpus `DIR`")
	only := flag.String("case", "", "print the case `NAME` in full")
	flag.Parse()
	cases, err := corpus.Load(*dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "corpusreport:", err)
		os.Exit(1)
	}
	var scores []corpus.Score
	for _, c := range cases {
		if *only == "" || c.Name == *only {
			scores = append(scores, corpus.Run(c))
		}
	}
	if *only == "" {
		corpus.Report(os.Stdout, scores)
		return
	}
	for _, s := range scores {
		detail(s)
	}
}

func detail(s corpus.Score) {
	fmt.Printf("%s: recall %.2f precision %.2f\n", s.Case.Name, s.Recall(), s.Precision())
	for _, f := range s.Found {
		fmt.Printf("found %s: %s\n", f.Name, strings.Join(f.Values, ", "))
	}
	fmt.Printf("misses: %s\n", strings.Join(s.Misses, ", "))
	fmt.Printf("inventions: %s\n", strings.Join(s.Inventions, ", "))
	fmt.Printf("misnamed: %s\n", strings.Join(s.Misnamed, ", "))
}
