// The libcurl API as rsdd uses it: typed wrappers for the variadic setopt/getinfo calls.
#ifndef RSDD_CCURL_SHIM_H
#define RSDD_CCURL_SHIM_H

#include <curl/curl.h>

typedef size_t (*rsdd_curl_data_cb)(char *ptr, size_t size, size_t nmemb, void *userdata);
typedef int (*rsdd_curl_xferinfo_cb)(void *userdata, curl_off_t dltotal, curl_off_t dlnow,
                                     curl_off_t ultotal, curl_off_t ulnow);

static inline CURLcode rsdd_easy_setopt_long(CURL *h, CURLoption o, long v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode rsdd_easy_setopt_string(CURL *h, CURLoption o, const char *v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode rsdd_easy_setopt_pointer(CURL *h, CURLoption o, void *v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode rsdd_easy_setopt_slist(CURL *h, CURLoption o, struct curl_slist *v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode rsdd_easy_setopt_offset(CURL *h, CURLoption o, curl_off_t v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode rsdd_easy_setopt_data_cb(CURL *h, CURLoption o, rsdd_curl_data_cb v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode rsdd_easy_setopt_xferinfo_cb(CURL *h, CURLoption o, rsdd_curl_xferinfo_cb v) { return curl_easy_setopt(h, o, v); }

static inline CURLcode rsdd_easy_getinfo_long(CURL *h, CURLINFO i, long *v) { return curl_easy_getinfo(h, i, v); }
static inline CURLcode rsdd_easy_getinfo_offset(CURL *h, CURLINFO i, curl_off_t *v) { return curl_easy_getinfo(h, i, v); }
static inline CURLcode rsdd_easy_getinfo_string(CURL *h, CURLINFO i, char **v) { return curl_easy_getinfo(h, i, v); }
static inline CURLcode rsdd_easy_getinfo_pointer(CURL *h, CURLINFO i, void **v) { return curl_easy_getinfo(h, i, v); }

static inline CURLMcode rsdd_multi_setopt_long(CURLM *m, CURLMoption o, long v) { return curl_multi_setopt(m, o, v); }

#endif
