#include <unicode/ubrk.h>

// ICU renames its entry points by version (ubrk_open_72) through macros Swift does not import;
// these wrappers give the word break iterator stable names.
static inline UBreakIterator *cicu_word_iterator(const char *locale, const UChar *text, int32_t length, UErrorCode *status) {
    return ubrk_open(UBRK_WORD, locale, text, length, status);
}
static inline int32_t cicu_next_boundary(UBreakIterator *iterator) { return ubrk_next(iterator); }
static inline void cicu_close(UBreakIterator *iterator) { ubrk_close(iterator); }
static inline int32_t cicu_done(void) { return UBRK_DONE; }
static inline int cicu_failed(UErrorCode status) { return U_FAILURE(status); }
