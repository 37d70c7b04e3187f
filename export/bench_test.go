package export

import (
	"context"
	"fmt"
	"io"
	"testing"
)

// BenchmarkRenderSVG measures a whole map render (selection, DOT, layout,
// SVG): 200 entities with 220 relations (sparse, like news: drawn with dot),
// 200 with 500 (dense: sfdp) and 2,000 with 5,000 (sfdp, labels in tooltips).
// Each also has one statement per ten entities.
func BenchmarkRenderSVG(b *testing.B) {
	for _, size := range []struct{ nodes, edges int }{{200, 220}, {200, 500}, {2000, 5000}} {
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

// BenchmarkRenderPNG is the PNG path (layout plus Go rasteriser) at 200
// entities, 220 relations.
func BenchmarkRenderPNG(b *testing.B) {
	snap := synthetic(200, 220)
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
