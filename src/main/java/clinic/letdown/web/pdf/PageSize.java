package clinic.letdown.web.pdf;

/** The paper the PDFs are laid out on ({@code clinic.pdf.page-size}). */
public enum PageSize {
    /** 210 x 297 mm. */
    A4("A4"),
    /** US Letter, 8.5 x 11 in. */
    LETTER("letter");

    /** The CSS {@code @page size} keyword. */
    final String css;

    PageSize(String css) {
        this.css = css;
    }
}
