//! Places blocks on A4 pages: wrapping, table rows, page breaks. Pure
//! geometry in points from the page's top-left corner; `draw` writes it.

use super::font::Metrics;
use super::{Block, Column};

pub(crate) const PAGE_W: f32 = 595.28;
pub(crate) const PAGE_H: f32 = 841.89;
pub(crate) const MARGIN: f32 = 56.7;
pub(crate) const TEXT_W: f32 = PAGE_W - 2.0 * MARGIN;
/// Content stops here; the footer sits below.
const BOTTOM: f32 = PAGE_H - 72.0;
const BODY: f32 = 10.5;
const BODY_LINE: f32 = 14.5;
const CELL_GAP: f32 = 8.0;
/// Kerning can make set text a little wider than measured.
const WRAP_SLACK: f32 = 0.98;

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Style {
    Plain,
    Bold,
    Grey,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Item {
    /// `y` is the baseline.
    Text {
        x: f32,
        y: f32,
        size: f32,
        style: Style,
        text: String,
    },
    /// A thin horizontal line.
    Rule { x: f32, y: f32, width: f32 },
    /// `y` is the top edge; `index` counts the document's image blocks.
    Image {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
        index: usize,
    },
}

#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Page {
    pub(crate) items: Vec<Item>,
}

/// Lays out `blocks`; `image_sizes` are the pixel sizes of the image blocks
/// in order. Always returns at least one page.
pub(crate) fn lay_out(
    blocks: &[Block],
    image_sizes: &[(u32, u32)],
    metrics: &Metrics,
) -> Vec<Page> {
    let mut cursor = Cursor {
        pages: vec![Page::default()],
        y: MARGIN,
        metrics,
    };
    let mut image_index = 0;
    for block in blocks {
        match block {
            Block::Heading(text) => cursor.title(text, 17.0, 22.0, 4.0, 8.0),
            Block::Subheading(text) => cursor.title(text, 12.5, 17.0, 10.0, 4.0),
            Block::Paragraph(text) => cursor.paragraph(text),
            Block::Fields(rows) => cursor.fields(rows),
            Block::Table {
                columns,
                header,
                rows,
            } => cursor.table(columns, header, rows),
            Block::Image { width, .. } => {
                let size = image_sizes.get(image_index).copied().unwrap_or((1, 1));
                cursor.image(*width, size, image_index);
                image_index += 1;
            }
            Block::Spacer(points) => cursor.advance(points.max(0.0)),
            Block::PageBreak => cursor.break_page(),
        }
    }
    cursor.pages
}

/// Greedy word wrap of `text` to `width` points; '\n' forces a break and a
/// word longer than a line is cut between characters.
pub(crate) fn wrap(text: &str, width: f32, size: f32, metrics: &Metrics) -> Vec<String> {
    let width = width * WRAP_SLACK;
    let mut lines = Vec::new();
    for source_line in text.split('\n') {
        let mut line = String::new();
        for word in source_line.split_whitespace() {
            let candidate = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            if metrics.width(&candidate, size) <= width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            line = cut_long_word(word, width, size, metrics, &mut lines);
        }
        lines.push(line);
    }
    lines
}

/// Pushes full-width pieces of `word` to `lines` and returns the rest.
fn cut_long_word(
    word: &str,
    width: f32,
    size: f32,
    metrics: &Metrics,
    lines: &mut Vec<String>,
) -> String {
    let mut piece = String::new();
    for c in word.chars() {
        piece.push(c);
        if metrics.width(&piece, size) > width && piece.chars().count() > 1 {
            piece.pop();
            lines.push(std::mem::take(&mut piece));
            piece.push(c);
        }
    }
    piece
}

struct Cursor<'a> {
    pages: Vec<Page>,
    y: f32,
    metrics: &'a Metrics,
}

impl Cursor<'_> {
    fn page(&mut self) -> &mut Page {
        if self.pages.is_empty() {
            self.pages.push(Page::default());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    fn break_page(&mut self) {
        self.pages.push(Page::default());
        self.y = MARGIN;
    }

    /// Starts a new page unless `height` still fits (or the page is empty,
    /// so an oversized piece cannot loop).
    fn ensure(&mut self, height: f32) {
        if self.y + height > BOTTOM && self.y > MARGIN {
            self.break_page();
        }
    }

    fn advance(&mut self, points: f32) {
        self.y += points;
        if self.y > BOTTOM {
            self.break_page();
        }
    }

    fn text(&mut self, x: f32, size: f32, style: Style, text: String) {
        let y = self.y + size;
        self.page().items.push(Item::Text {
            x,
            y,
            size,
            style,
            text,
        });
    }

    fn title(&mut self, text: &str, size: f32, line: f32, before: f32, after: f32) {
        if self.y > MARGIN {
            self.y += before;
        }
        let lines = wrap(text, TEXT_W, size, self.metrics);
        // Keep a title with at least a few lines of what follows.
        self.ensure(line * lines.len() as f32 + 3.0 * BODY_LINE);
        for text in lines {
            self.text(MARGIN, size, Style::Bold, text);
            self.y += line;
        }
        self.y += after;
    }

    fn paragraph(&mut self, text: &str) {
        for line in wrap(text, TEXT_W, BODY, self.metrics) {
            self.ensure(BODY_LINE);
            self.text(MARGIN, BODY, Style::Plain, line);
            self.y += BODY_LINE;
        }
        self.y += 6.0;
    }

    fn fields(&mut self, rows: &[(String, String)]) {
        let columns = [Column::left(0.36), Column::left(0.64)];
        for (label, value) in rows {
            let cells = [label.clone(), value.clone()];
            self.row(&columns, &cells, &[Style::Grey, Style::Plain]);
        }
        self.y += 6.0;
    }

    fn table(&mut self, columns: &[Column], header: &[String], rows: &[Vec<String>]) {
        let header_styles = vec![Style::Bold; columns.len()];
        let plain = vec![Style::Plain; columns.len()];
        self.ensure(2.0 * BODY_LINE + 8.0);
        self.row(columns, header, &header_styles);
        for row in rows {
            let height = self.row_height(columns, row);
            if self.y + height > BOTTOM {
                self.break_page();
                self.row(columns, header, &header_styles);
            }
            self.row(columns, row, &plain);
        }
        self.y += 8.0;
    }

    fn cell_lines(&self, columns: &[Column], cells: &[String]) -> Vec<Vec<String>> {
        columns
            .iter()
            .zip(cells)
            .map(|(column, cell)| wrap(cell, column.width * TEXT_W - CELL_GAP, BODY, self.metrics))
            .collect()
    }

    fn row_height(&self, columns: &[Column], cells: &[String]) -> f32 {
        let lines = self.cell_lines(columns, cells);
        let most = lines.iter().map(Vec::len).max().unwrap_or(1);
        most as f32 * BODY_LINE + 5.0
    }

    /// One table row: wrapped cells side by side, a rule beneath.
    fn row(&mut self, columns: &[Column], cells: &[String], styles: &[Style]) {
        let height = self.row_height(columns, cells);
        self.ensure(height);
        let top = self.y + 2.0;
        let mut x = MARGIN;
        for ((column, lines), style) in columns
            .iter()
            .zip(self.cell_lines(columns, cells))
            .zip(styles)
        {
            let cell_width = column.width * TEXT_W;
            for (n, line) in lines.into_iter().enumerate() {
                let line_x = if column.align_right {
                    x + cell_width - CELL_GAP - self.metrics.width(&line, BODY)
                } else {
                    x
                };
                self.y = top + n as f32 * BODY_LINE;
                self.text(line_x, BODY, *style, line);
            }
            x += cell_width;
        }
        self.y = top - 2.0 + height;
        let y = self.y - 1.0;
        self.page().items.push(Item::Rule {
            x: MARGIN,
            y,
            width: TEXT_W,
        });
    }

    fn image(&mut self, width: f32, (pixels_w, pixels_h): (u32, u32), index: usize) {
        let aspect = pixels_h.max(1) as f32 / pixels_w.max(1) as f32;
        let mut width = width.clamp(1.0, TEXT_W);
        let max_height = BOTTOM - MARGIN;
        if width * aspect > max_height {
            width = max_height / aspect;
        }
        let height = width * aspect;
        self.ensure(height);
        let y = self.y;
        self.page().items.push(Item::Image {
            x: MARGIN,
            y,
            width,
            height,
            index,
        });
        self.y += height + 6.0;
    }
}
