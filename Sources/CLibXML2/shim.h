// The libxml2 API as rsdd uses it, with the few macros and globals Swift cannot reach.
#ifndef RSDD_CLIBXML2_SHIM_H
#define RSDD_CLIBXML2_SHIM_H

#include <stdint.h>
#include <libxml/xmlversion.h>

// Debian's libxml2 is built with ICU, and <libxml/encoding.h> pulls in <unicode/ucnv.h>,
// whose types clash with Foundation's own ICU module. libxml2's public headers need only
// two ICU names, as opaque pointer and code unit: give them those and never read ucnv.h.
#ifdef LIBXML_ICU_ENABLED
#ifndef UCNV_H
#define UCNV_H
#endif
#define UConverter struct UConverter
#define UChar uint16_t
#endif

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>

#ifdef LIBXML_ICU_ENABLED
#undef UConverter
#undef UChar
#endif

/// Frees memory that libxml2 allocated (xmlFree is a mutable global Swift cannot read).
static inline void rsdd_xml_free(void *p) { xmlFree(p); }

/// Number of nodes in a node set (xmlXPathNodeSetGetLength is a macro).
static inline int rsdd_nodeset_count(xmlNodeSetPtr set) { return set ? set->nodeNr : 0; }

/// The node at index i of a node set (xmlXPathNodeSetItem is a macro).
static inline xmlNodePtr rsdd_nodeset_item(xmlNodeSetPtr set, int i) {
    return (set && i >= 0 && i < set->nodeNr) ? set->nodeTab[i] : 0;
}

/// An external entity loader that loads nothing: set once, it keeps every parse from reading a
/// file or URL that an input names (XXE), whatever the parser options.
static inline xmlParserInputPtr rsdd_refuse_entity(const char *url, const char *id, xmlParserCtxtPtr ctxt) {
    (void)url; (void)id; (void)ctxt;
    return 0;
}
static inline void rsdd_xml_refuse_external_entities(void) { xmlSetExternalEntityLoader(rsdd_refuse_entity); }

/// The reader's node types Swift compares against (an enum of plain ints in C).
static inline int rsdd_reader_element(void) { return XML_READER_TYPE_ELEMENT; }

#endif
