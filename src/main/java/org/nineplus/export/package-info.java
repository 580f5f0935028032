/**
 * Export of a journey map to files: vector PDF posters (one page, fitted, or tiled over sheets), PNG at print
 * resolution (rendered in bands and streamed, so an A0 poster at 300 dpi needs little memory) and SVG. Every format
 * draws through the render layer's {@link org.nineplus.render.Painter}, so a file looks like the canvas. Every
 * exporter writes atomically (a temporary file, then a rename), reports progress and can be cancelled between
 * bands, pages or tiles; a failed or cancelled export leaves no file. No JavaFX, no display needed.
 */
package org.nineplus.export;
