package export

import (
	"context"
	"fmt"
	"io"
	"testing"
)

// BenchmarkRenderSVG measures a whole map render (selection, DOT, layout,
// SVG) at 200 entities / 500 relations, drawn with dot, and at 2,000 / 5,000,
// drawn with sfdp.
func BenchmarkRenderSVG(b *testing.B) {
	for _, size := range []struct{ nodes, edges int }{{200, 500}, {2000, 5000}} {
		snap := synthetic(size.nodes, size.edges)
		b.Run(fmt.Sprintf("nodes=%d/edges=%d", size.nodes, size.edges), func(b *testing.B) {
			for b.Loop() {
				if err := SVG(context.Background(), io.Discard, snap, MapOptions{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkRenderPNG is the PNG path (layout plus Go rasteriser) at 200 entities.
func BenchmarkRenderPNG(b *testing.B) {
	snap := synthetic(200, 500)
	for b.Loop() {
		if err := PNG(context.Background(), io.Discard, snap, MapOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCSV is the tabular flattening and CSV writing at 2,000 entities.
func BenchmarkCSV(b *testing.B) {
	snap := synthetic(2000, 5000)
	for b.Loop() {
		if err := CSV(io.Discard, io.Discard, snap); err != nil {
			b.Fatal(err)
		}
	}
}
