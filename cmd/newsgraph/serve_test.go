package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for the server goroutine to write while
// the test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var servingLine = regexp.MustCompile(`on (http://127\.0\.0\.1:\d+)/`)

// startServe runs "newsgraph serve ARGS --addr 127.0.0.1:0" in this process
// and returns its base URL; the server stops when the test ends.
func startServe(t *testing.T, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var stderr syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, &env{stdout: io.Discard, stderr: &stderr}, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...))
	}()
	t.Cleanup(func() {
		cancel()
		if code := <-done; code != 0 {
			t.Errorf("serve exited with %d: %s", code, stderr.String())
		}
	})
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if m := servingLine.FindStringSubmatch(stderr.String()); m != nil {
			return m[1]
		}
		select {
		case code := <-done:
			done <- code
			t.Fatalf("serve exited with %d before listening: %s", code, stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
	t.Fatalf("serve did not start listening: %s", stderr.String())
	return ""
}

func TestServeFlags(t *testing.T) {
	db := queryTestStore(t)
	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"serve", "--db", db, "--addr", "localhost"}, 2, "want host:port"},
		{[]string{"serve", "--db", db, "--query-timeout", "0s"}, 2, "--query-timeout must be positive"},
		{[]string{"serve", "--db", db, "--max-result", "-5"}, 2, "--max-result must be positive"},
		{[]string{"serve", "--db", db, "extra"}, 2, "serve takes no arguments"},
		{[]string{"serve", "--backend", "memory"}, 2, "memory backend"},
		{[]string{"serve", "--db", filepath.Join(t.TempDir(), "none.db")}, 1, "no store at"},
		{[]string{"serve", "--db", db, "--addr", "127.0.0.1:99999"}, 1, "listening on"},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args[1:], " "), func(t *testing.T) {
			code, _, stderr := runCmd(t, tc.args...)
			if code != tc.code || !strings.Contains(stderr, tc.msg) {
				t.Errorf("exit %d, want %d; stderr %q should say %q", code, tc.code, stderr, tc.msg)
			}
		})
	}
}

// TestServeGizmoInChild: the command runs scripts in a child process, so a
// script that overflows the JavaScript runtime's Go stack costs the child,
// and the server goes on answering; a looping script is cut at the limit.
func TestServeGizmoInChild(t *testing.T) {
	db := queryTestStore(t)
	// A child under -race takes seconds to start and longer to overflow its
	// stack: the crash gets a generous limit, the endless loop a short one.
	generous := startServe(t, "--db", db, "--query-timeout", "60s")
	short := startServe(t, "--db", db, "--query-timeout", "3s")
	post := func(base, script string) (int, map[string]any) {
		res, err := http.Post(base+"/api/gizmo", "text/plain", strings.NewReader(script))
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		var body map[string]any
		if err := json.NewDecoder(res.Body).Decode(&body); err != nil {
			t.Fatal(err)
		}
		return res.StatusCode, body
	}
	tests := []struct {
		name, base, script string
		status             int
		limit              string
		says               string
	}{
		{"names", generous, `g.V("<ent/pete-hegseth>").Out("<schema:name>").All()`, 200, "", "Pete Hegseth"},
		{"endless loop", short, `while (true) {}`, 504, "time", "time limit"},
		{"stack overflow in a builtin", generous, `JSON.parse("[".repeat(3000000))`, 422, "stack", "crashed the process"},
		{"after the crash", generous, `g.V("<ent/donald-trump>").Out("<schema:name>").All()`, 200, "", "Donald Trump"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			status, body := post(tc.base, tc.script)
			b, _ := json.Marshal(body)
			if status != tc.status || (tc.limit != "" && body["limit"] != tc.limit) || !strings.Contains(string(b), tc.says) {
				t.Errorf("status %d, body %s; want %d, limit %q, saying %q", status, b, tc.status, tc.limit, tc.says)
			}
		})
	}
}

// chromium finds Debian's Chromium, or skips: .ci/run installs it.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("chromium not installed (.ci/run installs it with apt-get); skipping the browser test")
	return ""
}

// browse runs headless Chromium on url with a fresh profile and returns the
// DOM after the page's scripts ran, or writes a screenshot when png is set.
// size is the window, "1280,800" unless given (a phone: "390,844").
func browse(t *testing.T, bin, url, png string, size ...string) string {
	t.Helper()
	window := "1280,800"
	if len(size) > 0 {
		window = size[0]
	}
	args := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-default-apps",
		"--user-data-dir=" + t.TempDir(), "--virtual-time-budget=10000", "--window-size=" + window}
	if png != "" {
		args = append(args, "--screenshot="+png)
	} else {
		args = append(args, "--dump-dom")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, append(args, url)...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %s: %v\n%s", url, err, errb.String())
	}
	return out.String()
}

// TestServeInChromium is the end-to-end test: a store built from the
// corpus, the server on a free loopback port, and a real browser that
// searches for Hegseth, follows the link to Pete Hegseth's page and finds
// his statement about Ukraine's pre-2014 borders with its article.
// NEWSGRAPH_SCREENSHOTS=DIR keeps the screenshots.
func TestServeInChromium(t *testing.T) {
	files := corpusFiles(t)
	bin := chromium(t)
	db := filepath.Join(t.TempDir(), "corpus.db")
	if code, _, stderr := runCmd(t, append([]string{"build", "--db", db}, files...)...); code != 0 {
		t.Fatalf("build: exit %d: %s", code, stderr)
	}
	base := startServe(t, "--db", db)

	dom := browse(t, bin, base+"/?q=Hegseth", "")
	link := regexp.MustCompile(`<a class="name" href="(/e/[^"]+)" data-entity="pete-hegseth">Pete Hegseth</a>`).FindStringSubmatch(dom)
	if link == nil {
		t.Fatalf("the search page lists no link to Pete Hegseth:\n%s", dom)
	}

	dom = browse(t, bin, base+link[1], "")
	// One statement card: his words on the pre-2014 borders, and the
	// article that reports them, linked to the sentence.
	var card string
	for _, c := range strings.Split(dom, `<article class="card statement"`)[1:] {
		if strings.Contains(c, "pre-2014 borders") {
			card = c
			break
		}
	}
	if card == "" {
		t.Fatalf("Pete Hegseth's page lists no statement about the pre-2014 borders:\n%s", dom)
	}
	docLink := regexp.MustCompile(`<a href="(/doc/[^"]+)" class="doclink" data-doc="([^"]+)">([^<]+)</a>`).FindStringSubmatch(card)
	if docLink == nil {
		t.Fatalf("the statement names no article:\n%s", card)
	}
	if !strings.Contains(card, "according to") || !strings.Contains(docLink[1], "span=") {
		t.Errorf("the statement's source line: %s", card)
	}
	// The article the link names is one of the corpus files, and reading it
	// shows the sentence highlighted.
	if _, err := os.Stat(filepath.Join(graphtestCorpus(t), docLink[2]+".txt")); err != nil {
		t.Errorf("the statement cites %q, not a corpus article: %v", docLink[2], err)
	}
	article := browse(t, bin, base+strings.ReplaceAll(docLink[1], "&amp;", "&"), "")
	if m := regexp.MustCompile(`<mark id="hl">([^<]*)</mark>`).FindStringSubmatch(article); m == nil || !strings.Contains(m[1], "pre-2014") {
		t.Errorf("the article page does not highlight the sentence: %v", m)
	}

	// The Queries page, filled in and run from its address.
	dom = browse(t, bin, base+"/queries?query=between&x=Hegseth&y=Defense%20Secretary", "")
	if !strings.Contains(dom, "<td>hold-role</td>") || !strings.Contains(dom, "Download CSV") {
		t.Errorf("the between query's table is missing from the Queries page:\n%s", dom)
	}

	// The map expanded in place from its address: Ukraine's own neighbours
	// join Hegseth's, at most three, the rest counted beside it.
	mapPath := link[1] + "?max=8&expand=ukraine&cap=3#map"
	dom = browse(t, bin, base+mapPath, "")
	expanded := regexp.MustCompile(`<div id="map-expanded" class="muted"><span>Expanded: <b>Ukraine</b> 3 added, \+(\d+) more `).FindStringSubmatch(dom)
	if expanded == nil || !strings.Contains(dom, `class="more-badge">+`+expanded[1]+` more</text>`) {
		t.Errorf("the map expanded at Ukraine does not say so, or has no '+N more' beside the node:\n%.3000s", dom[strings.Index(dom, `id="map"`)+1:])
	}
	if n := len(regexp.MustCompile(`<title>ent/[^<&]*</title>`).FindAllString(dom, -1)); n != 1+8+3 {
		t.Errorf("the map draws %d nodes, want Hegseth, his 8 nearest (Ukraine among them) and the 3 Ukraine added", n)
	}
	// The timeline of what was said about Ukraine.
	dom = browse(t, bin, base+"/e/ukraine#timeline", "")
	if !strings.Contains(dom, `<ol class="timeline">`) || strings.Count(dom, `class="card tl-item"`) < 5 {
		t.Errorf("Ukraine's timeline is missing or short:\n%.2000s", dom[strings.Index(dom, `id="timeline"`)+1:])
	}

	// With --curate, statements and relations carry "mark wrong"; a
	// statement marked wrong leaves the page.
	cdb := filepath.Join(t.TempDir(), "curate.db")
	if code, _, stderr := runCmd(t, append([]string{"build", "--db", cdb}, files...)...); code != 0 {
		t.Fatalf("build: exit %d: %s", code, stderr)
	}
	cbase := startServe(t, "--db", cdb, "--curate")
	dom = browse(t, bin, cbase+link[1], "")
	cards := strings.Count(dom, `<article class="card statement"`)
	if strings.Count(dom, `<button type="button" class="wrong"`) < 2*cards || cards == 0 {
		t.Errorf("with --curate, %d statement cards but %d 'wrong' buttons", cards, strings.Count(dom, `class="wrong"`))
	}
	var page struct {
		SaidBy []struct{ ID, Content string } `json:"said_by"`
		About  []struct{ ID string }          `json:"about"`
	}
	res, err := http.Get(cbase + "/api/entity/pete-hegseth")
	if err != nil {
		t.Fatal(err)
	}
	err = json.NewDecoder(res.Body).Decode(&page)
	res.Body.Close()
	if err != nil || len(page.SaidBy)+len(page.About) != cards {
		t.Fatalf("entity JSON: %v, %d+%d statements for %d cards", err, len(page.SaidBy), len(page.About), cards)
	}
	res, err = http.Post(cbase+"/api/curate/wrong", "application/json", strings.NewReader(`{"statement": "`+page.SaidBy[0].ID+`"}`))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	dom = browse(t, bin, cbase+link[1], "")
	if res.StatusCode != 200 || strings.Count(dom, `<article class="card statement"`) != cards-1 || strings.Contains(dom, ">"+page.SaidBy[0].Content+"<") {
		t.Errorf("after marking %q wrong (status %d): %d statement cards, want %d", page.SaidBy[0].Content, res.StatusCode, strings.Count(dom, `<article class="card statement"`), cards-1)
	}

	dir := os.Getenv("NEWSGRAPH_SCREENSHOTS")
	if dir == "" {
		dir = t.TempDir()
	}
	for name, path := range map[string]string{"search.png": "/?q=Hegseth", "entity.png": link[1] + "?f=pre-2014",
		"map.png": mapPath, "timeline.png": "/e/ukraine#timeline", "map-phone.png": mapPath} {
		png := filepath.Join(dir, name)
		if name == "map-phone.png" {
			browse(t, bin, base+path, png, "390,844")
		} else {
			browse(t, bin, base+path, png)
		}
		if fi, err := os.Stat(png); err != nil || fi.Size() < 10_000 {
			t.Errorf("screenshot %s: %v (%d bytes)", png, err, sizeOf(fi))
		}
		t.Logf("screenshot of %s: %s", path, png)
	}
}

func sizeOf(fi os.FileInfo) int64 {
	if fi == nil {
		return 0
	}
	return fi.Size()
}

func graphtestCorpus(t *testing.T) string {
	files := corpusFiles(t)
	return filepath.Dir(files[0])
}
