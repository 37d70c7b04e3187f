package export

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/goccy/go-graphviz"
	"github.com/goccy/go-graphviz/gvc"

	"newsgraph/export/gvcache"
	"newsgraph/graph"
)

// go-graphviz has compiled Graphviz by the time this package initialises
// (it is imported above), so TMPDIR, which gvcache pointed at the private
// cache folder for that, can go back to what the user set.
func init() { gvcache.Restore() }

// ErrPDFUnsupported is returned for PDF: go-graphviz's WebAssembly build of
// Graphviz has no cairo, so it cannot write PDF (nor GIF). Convert the SVG
// instead, e.g. `rsvg-convert -f pdf map.svg > map.pdf` or a browser's print.
var ErrPDFUnsupported = errors.New("pdf is not available: go-graphviz's WebAssembly Graphviz has no cairo/pdf renderer; export svg and convert it (rsvg-convert -f pdf, inkscape, or print from a browser)")

// SVG renders the map as SVG. Every node and edge has a tooltip with its
// full text and the document and sentence of each source.
func SVG(ctx context.Context, w io.Writer, snap *graph.Snapshot, opts MapOptions) error {
	return render(ctx, w, snap, opts, graphviz.SVG)
}

// PNG renders the map as a PNG image, with Go's own rasteriser (no Graphviz
// or cairo on the machine needed).
func PNG(ctx context.Context, w io.Writer, snap *graph.Snapshot, opts MapOptions) error {
	return render(ctx, w, snap, opts, graphviz.PNG)
}

// PDF reports ErrPDFUnsupported; it exists so callers can offer every map
// format through one switch and get an explanation rather than a silence.
func PDF(ctx context.Context, w io.Writer, snap *graph.Snapshot, opts MapOptions) error {
	return ErrPDFUnsupported
}

// maxPNGInches caps a PNG at 80 inches a side (7,680 pixels at Graphviz's
// 96 dpi): the rasteriser holds the whole RGBA image in memory, and a
// 2,000-node force layout would otherwise ask for gigabytes. Larger maps are
// scaled down; their SVG keeps full size.
const maxPNGInches = 80

func render(ctx context.Context, w io.Writer, snap *graph.Snapshot, opts MapOptions, format graphviz.Format) error {
	maxInches := 0.0
	if format == graphviz.PNG {
		maxInches = maxPNGInches
	}
	src, layout, err := dotSource(ctx, snap, opts, maxInches)
	if err != nil {
		return err
	}
	return RenderDOT(ctx, w, []byte(src), layout, format)
}

// RenderDOT lays out DOT source with the given engine ("" is dot) and writes
// it as SVG or PNG. It renders into memory and writes once: go-graphviz's
// RenderFilename leaves empty files without an error.
func RenderDOT(ctx context.Context, w io.Writer, dot []byte, layout string, format graphviz.Format) error {
	if layout == "" {
		layout = "dot"
	}
	var gv *graphviz.Graphviz
	var err error
	switch format {
	case graphviz.PNG:
		gv, err = newPNGGraphviz(ctx)
	case graphviz.SVG:
		gv, err = graphviz.New(ctx)
	default:
		return fmt.Errorf("render: unsupported format %q", format)
	}
	if err != nil {
		return fmt.Errorf("render %s: starting graphviz: %w", format, err)
	}
	defer gv.Close()
	g, err := graphviz.ParseBytes(dot)
	if err != nil {
		return fmt.Errorf("render %s: parsing dot: %w", format, err)
	}
	defer g.Close()
	gv.SetLayout(graphviz.Layout(layout))
	var buf bytes.Buffer
	if err := gv.Render(ctx, g, format, &buf); err != nil {
		return fmt.Errorf("render %s with %s: %w", format, layout, err)
	}
	if buf.Len() == 0 {
		return fmt.Errorf("render %s with %s: graphviz produced no output", format, layout)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("render %s: %w", format, err)
	}
	return nil
}

// newPNGGraphviz returns a Graphviz whose PNG renderer draws outlines and
// edges. go-graphviz's own image renderer is handed filled=true for every
// polygon, ellipse and curve by its WebAssembly binding, so it fills shapes
// and never strokes them: node borders and edge lines vanish. strokingRenderer
// decides from the object's own fill and pen instead.
func newPNGGraphviz(ctx context.Context) (*graphviz.Graphviz, error) {
	r := &strokingRenderer{ImageRenderer: &gvc.ImageRenderer{DefaultRenderEngine: new(gvc.DefaultRenderEngine)}}
	rp, err := gvc.NewRenderPlugin(ctx, "png", r)
	if err != nil {
		return nil, fmt.Errorf("png render plugin: %w", err)
	}
	dp, err := gvc.PNGDevicePlugin(ctx)
	if err != nil {
		return nil, fmt.Errorf("png device plugin: %w", err)
	}
	return graphviz.NewWithPlugins(ctx, rp, dp)
}

// strokingRenderer is go-graphviz's image renderer with fill and stroke
// chosen by the object being drawn rather than by the filled flag.
type strokingRenderer struct {
	*gvc.ImageRenderer
}

func visible(c *gvc.Color) bool { return c != nil && c.RGBAUint()[3] > 0 }

// fills decides whether to fill a polygon or ellipse. The filled flag cannot
// be trusted (it is always true), so the object's state is read instead:
//   - a solid fill style (filled nodes and clusters);
//   - an invisible pen: graphviz draws fill-only areas (the page background,
//     HTML table cell colours) with a transparent pen;
//   - an edge's shape whose fill colour is its pen colour: an arrowhead.
//     Open arrowheads look the same from here and come out filled.
func (r *strokingRenderer) fills(job *gvc.Job) bool {
	o := job.Object()
	if !visible(o.FillColor()) {
		return false
	}
	if o.Fill() != gvc.FillNone || !visible(o.PenColor()) {
		return true
	}
	return o.Type() == gvc.EdgeObjectType && o.FillColor().RGBAUint() == o.PenColor().RGBAUint()
}

func (r *strokingRenderer) strokes(job *gvc.Job) bool {
	o := job.Object()
	return o.Pen() != gvc.PenNone && visible(o.PenColor())
}

func (r *strokingRenderer) Polygon(ctx context.Context, job *gvc.Job, a []*gvc.PointFloat, filled bool) error {
	if r.fills(job) {
		if err := r.ImageRenderer.Polygon(ctx, job, a, true); err != nil {
			return err
		}
	}
	if r.strokes(job) {
		return r.ImageRenderer.Polygon(ctx, job, a, false)
	}
	return nil
}

func (r *strokingRenderer) Ellipse(ctx context.Context, job *gvc.Job, a []*gvc.PointFloat, filled bool) error {
	if r.fills(job) {
		if err := r.ImageRenderer.Ellipse(ctx, job, a, true); err != nil {
			return err
		}
	}
	if r.strokes(job) {
		return r.ImageRenderer.Ellipse(ctx, job, a, false)
	}
	return nil
}

func (r *strokingRenderer) BezierCurve(ctx context.Context, job *gvc.Job, a []*gvc.PointFloat, filled bool) error {
	// Edges are curves that are never filled; only a filled shape's outline is.
	if job.Object().Fill() != gvc.FillNone && visible(job.Object().FillColor()) {
		if err := r.ImageRenderer.BezierCurve(ctx, job, a, true); err != nil {
			return err
		}
	}
	if r.strokes(job) {
		return r.ImageRenderer.BezierCurve(ctx, job, a, false)
	}
	return nil
}
