// zlib for rsdd's zip reader (inflate and crc32). `inflateInit2` is a macro over
// `inflateInit2_`; the wrapper passes the version and stream size that the macro would.
#include <zlib.h>

static inline int rsdd_inflate_init_raw(z_stream *stream) {
    return inflateInit2_(stream, -MAX_WBITS, ZLIB_VERSION, (int)sizeof(z_stream));
}
