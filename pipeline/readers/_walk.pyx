# cython: language_level=3, boundscheck=False
"""The compiled twin of ``pipeline.readers.blocks.walk_tree``: the same walk, over libxml2's nodes.

Why: the walk was the largest single cost per page (1.3 ms of 5 on zh-dev), eight times the cost of
iterating the tree alone; the time went to Python's handling of each start and end event. This module
reads the nodes through lxml's public C API and builds the same ``PageBlocks``: elements become
Python objects only where the result keeps them (containers, marks) or where a rare case hands the
work to the Python helpers (``_meta_only`` for media fallbacks and hidden inline elements, tooltip
dates). Every branch mirrors one of ``walk_tree``, which stays the reference (and the fallback where
this extension is not built); ``tests/readers/test_walk_compiled.py`` checks that both give equal
results on every corpus page and fixture, and on generated markup.

lxml's ``.text`` and ``.tail`` are runs of text nodes (CDATA included, XInclude markers skipped);
``_text_run`` reads them the same way, so a node's text is seen right after its start and its tail
right after its end, as the Python walk sees them.
"""

from cpython.list cimport PyList_GET_SIZE
from cpython.ref cimport Py_DECREF, Py_INCREF, Py_XDECREF, PyObject
from libc.stdlib cimport free, malloc, realloc
from libc.string cimport memset, strchr, strcmp, strlen, strstr

cimport lxml.includes.etreepublic as cetree
from lxml.includes cimport tree
from lxml.includes.tree cimport const_xmlChar, xmlAttr, xmlNode

import dataclasses
import types

from lxml import etree

from pipeline.readers import blocks as B
from pipeline.strip import patterns as SP
from pipeline.strip.dom_blocks import (
    CLASSIFIED,
    Block,
    Container,
    Flagged,
    Segmented,
    classify_names,
    merge_table_rows,
)

cetree.import_lxml__etree()

cdef extern from "Python.h":
    ctypedef struct PyMemberDef:
        Py_ssize_t offset
    ctypedef struct PyMemberDescrObject:  # a slot's descriptor: where the slot lies in its instances
        PyMemberDef* d_member
    ctypedef struct PyTypeObject:
        PyObject* (*tp_alloc)(PyTypeObject* cls, Py_ssize_t items)


# The codes of blocks.py (its constants are checked against these at import).
cdef enum:
    INLINE = 0
    PLAIN = 1
    BLOCK = 2
    LINK = 3
    BREAK = 4
    SKIP = 5
    NODE = 6
    ACTION = 7
    LINE = 1 << 3
    TOOLTIP = 1 << 4
    META_SKIP = 1 << 5
    LOOK = 1 << 6
    ENDS_BLOCK = 1 << 7
    TABLE = 1 << 8
    ROW = 1 << 9
    CELL = 1 << 10
    PRE = 1 << 11
    H1 = 1 << 12
    SKIPPED = 1 << 13

if (B._INLINE, B._PLAIN, B._BLOCK, B._LINK, B._BREAK, B._SKIP, B._NODE, B._ACTION) != tuple(range(8)) or (
    B._LINE, B._TOOLTIP, B._META_SKIP, B._LOOK, B._ENDS_BLOCK, B._TABLE, B._ROW, B._CELL, B._PRE, B._H1, B._SKIPPED
) != (LINE, TOOLTIP, META_SKIP, LOOK, ENDS_BLOCK, TABLE, ROW, CELL, PRE, H1, SKIPPED):
    raise ImportError("pipeline.readers._walk is out of step with blocks.py's codes: rebuild it")

cdef int MAX_MARKED = B.MAX_MARKED
cdef int AUTHOR_MARK = B._AUTHOR_MARK
cdef int CRUMB_MARK = B._CRUMB_MARK
cdef int SCREEN_READER_MARK = B._SCREEN_READER_MARK
cdef dict CODES = B._CODES
cdef int DEFAULT_CODE = B._DEFAULT_CODE
cdef dict BLOCK_INFO = B._BLOCK_INFO
cdef dict TAG_FLAGS = SP.TAG_FLAGS
cdef frozenset NEVER_FLAGGED = SP.NEVER_FLAGGED
cdef object INVISIBLE = B.MP.INVISIBLE
cdef tuple HEAD_TAGS = B.HEAD_TAGS
cdef tuple HEAD_TAG_BYTES = tuple(tag.encode("ascii") for tag in HEAD_TAGS)
cdef tuple WALK_EVENTS = ("start", "end")
cdef int NO_MARK = B._NO_MARK
cdef int CACHE_SIZE = B._CACHE_SIZE
# blocks._MARK_HINTS and blocks._CRUMB_HINTS as C strings (the bytes objects kept alive here)
cdef tuple MARK_HINT_BYTES = tuple(hint.encode("ascii") for hint in B._MARK_HINTS)
cdef tuple CRUMB_HINT_BYTES = tuple(hint.encode("ascii") for hint in B._CRUMB_HINTS)
cdef const char* MARK_HINTS[64]
cdef const char* CRUMB_HINTS[64]
cdef int MARK_HINT_COUNT = len(MARK_HINT_BYTES)
cdef int CRUMB_HINT_COUNT = len(CRUMB_HINT_BYTES)
if MARK_HINT_COUNT > 64 or CRUMB_HINT_COUNT > 64:
    raise ImportError("pipeline.readers._walk holds 64 hints at most: rebuild it with more room")


cdef class _Maker:
    """Makes instances of one of ``dom_blocks``' slots dataclasses (``Block``, ``Container``, ``Flagged``), of which a
    page makes hundreds. Calling the class runs its generated ``__init__``, a Python function, for each: about 0.06 ms
    of a page's first walk (1 ms). The values are stored into the slots directly instead, which is all that
    ``__init__`` does for a dataclass of plain fields; the fields not given take their defaults.

    Checked when the module loads: every field is a slot taken positionally by ``__init__``, with a plain default
    (no factory) if any; the class has no ``__post_init__`` and no ``__new__`` of its own; and an instance made here
    holds what the class makes of the same values. Otherwise (``direct`` false), and for values that do not fill
    the fields without a default, the class is called as usual."""

    cdef PyTypeObject* cls
    cdef object klass
    cdef Py_ssize_t offsets[16]
    cdef Py_ssize_t count, required
    cdef tuple defaults  # every field's default (None for the ``required`` first ones, which have none)
    cdef bint direct

    def __cinit__(self, klass, tuple sample):
        self.klass = klass
        self.cls = <PyTypeObject*>klass
        fields = dataclasses.fields(klass)
        self.count = len(fields)
        self.required = sum(1 for f in fields if f.default is dataclasses.MISSING)
        self.defaults = tuple(None if f.default is dataclasses.MISSING else f.default for f in fields)
        self.direct = (
            self.count <= 16
            and not hasattr(klass, "__post_init__")
            and klass.__new__ is object.__new__
            and all(f.init and not f.kw_only and f.default_factory is dataclasses.MISSING for f in fields)
            and all(f.default is dataclasses.MISSING for f in fields[: self.required])
            and all(type(klass.__dict__.get(f.name)) is types.MemberDescriptorType for f in fields)
        )
        if self.direct:
            for i, f in enumerate(fields):
                self.offsets[i] = (<PyMemberDescrObject*><PyObject*>klass.__dict__[f.name]).d_member.offset
            made, called = self.make(sample), klass(*sample)
            self.direct = all(getattr(made, f.name) is getattr(called, f.name) for f in fields)

    cdef object make(self, tuple values):
        """``klass(*values)``."""
        cdef Py_ssize_t given = len(values), i
        if not self.direct or given < self.required or given > self.count:
            return self.klass(*values)
        cdef PyObject* raw = self.cls.tp_alloc(self.cls, 0)  # zeroed, tracked by the GC (what object.__new__ does)
        if raw is NULL:
            raise MemoryError()
        cdef object made = <object>raw
        Py_DECREF(made)  # (the cast took a second reference)
        cdef object value
        for i in range(self.count):
            value = values[i] if i < given else self.defaults[i]
            Py_INCREF(value)
            (<PyObject**>(<char*>raw + self.offsets[i]))[0] = <PyObject*>value
        return made


cdef _Maker BLOCKS = _Maker(Block, ("text", 3, 1, "p", 0, (1, 0, 0), "raw", ["text"]))
cdef _Maker CONTAINERS = _Maker(Container, (etree.Element("div"), 0, 1, 0, 1.5))
cdef _Maker FLAGS = _Maker(Flagged, (0, 1, 0, 1))
DIRECT_MAKERS = BLOCKS.direct and CONTAINERS.direct and FLAGS.direct  # (a test checks the shortcut is taken)


cdef void _point_at(tuple hints, const char** out):
    """Fill a C array with the hints' bytes (the tuple keeps them alive)."""
    cdef bytes hint
    cdef int i = 0
    for hint in hints:
        out[i] = hint
        i += 1


_point_at(MARK_HINT_BYTES, MARK_HINTS)
_point_at(CRUMB_HINT_BYTES, CRUMB_HINTS)


cdef class _Tag:
    """What the walk needs of a tag name, computed once per name and walk."""

    cdef str tag
    cdef int code
    cdef bint head  # one of blocks.HEAD_TAGS
    cdef int tag_bits  # SP.TAG_FLAGS
    cdef bint has_tag_bits
    cdef bint never_flagged
    cdef bint is_img
    cdef object kind
    cdef int level


cdef _Tag _tag_info(str tag):
    cdef _Tag info = _Tag.__new__(_Tag)
    info.tag = tag
    info.code = CODES.get(tag, DEFAULT_CODE)
    info.head = tag in HEAD_TAGS
    info.has_tag_bits = tag in TAG_FLAGS
    info.tag_bits = TAG_FLAGS[tag] if info.has_tag_bits else 0
    info.never_flagged = tag in NEVER_FLAGGED
    info.is_img = tag == "img"
    kind_level = BLOCK_INFO.get(tag)
    if kind_level is not None:
        info.kind, info.level = kind_level
    return info


cdef inline str _utf8(const_xmlChar* text):
    return (<const char*>text)[:strlen(<const char*>text)].decode("utf-8")


cdef inline xmlNode* _text_or_skip(xmlNode* node) noexcept:
    """The node if it is text (or CDATA), skipping XInclude markers; NULL at any other node."""
    while node is not NULL:
        if node.type == tree.XML_TEXT_NODE or node.type == tree.XML_CDATA_SECTION_NODE:
            return node
        if node.type == tree.XML_XINCLUDE_START or node.type == tree.XML_XINCLUDE_END:
            node = node.next
            continue
        return NULL
    return NULL


cdef object _text_run(xmlNode* node):
    """lxml's ``.text`` (from the first child) or ``.tail`` (from the next sibling); None when empty."""
    node = _text_or_skip(node)
    if node is NULL:
        return None
    cdef xmlNode* following = _text_or_skip(node.next)
    if following is NULL:
        if node.content is NULL or node.content[0] == 0:
            return None
        return _utf8(node.content)
    cdef list parts = []
    while node is not NULL:
        if node.content is not NULL and node.content[0] != 0:
            parts.append((<const char*>node.content)[:strlen(<const char*>node.content)])
        node = _text_or_skip(node.next)
    if not parts:
        return None
    return b"".join(parts).decode("utf-8")


cdef inline xmlNode* _next_element(xmlNode* node) noexcept:
    """The node or the first sibling after it that lxml's ``iterwalk`` visits: an element or an entity
    reference. It passes over comments and processing instructions, and their tails with them (our
    HTML parser removes both; a tree built elsewhere may hold them)."""
    while node is not NULL and node.type != tree.XML_ELEMENT_NODE and node.type != tree.XML_ENTITY_REF_NODE:
        node = node.next
    return node


cdef object _attribute(cetree._Document doc, xmlNode* node, xmlAttr* attribute):
    """An attribute's value as ``element.get`` gives it (libxml2's own functions are not linked here:
    a value of several nodes, rare in HTML, is read through the element)."""
    cdef xmlNode* child = attribute.children
    if child is NULL:
        return ""
    if child.next is NULL and child.type == tree.XML_TEXT_NODE:
        return _utf8(child.content) if child.content is not NULL else ""
    return cetree.elementFactory(doc, node).get(_utf8(attribute.name))


cdef inline const char* _single_value(xmlAttr* attribute) noexcept:
    """The attribute's value as libxml2 holds it when it is one text node (nearly always), else NULL."""
    cdef xmlNode* child = attribute.children
    if child is NULL or child.next is not NULL or child.type != tree.XML_TEXT_NODE or child.content is NULL:
        return NULL
    return <const char*>child.content


cdef inline bint _holds_any(const char* value, const char** hints, int count) noexcept:
    cdef int i
    for i in range(count):
        if strstr(value, hints[i]) is not NULL:
            return True
    return False


cdef inline bint _ascii_space(char c) noexcept:
    """An ASCII character ``str.strip`` removes (``str.isspace``: tab to carriage return, 0x1C-0x1F, space)."""
    return c == 32 or 9 <= c <= 13 or 28 <= c <= 31


cdef inline bint _never_home(const char* href) noexcept:
    """True when ``blocks._is_home`` is False for this href, read off its UTF-8 bytes without making a string
    (most links: an article's path); False when the Python test must decide.

    ``_may_be_home`` looks at the path (before any "?") and its page name, after its last "/": the page name is
    empty, or opens with one of ".iIdDhH" within 14 characters; or the "//host" of an http(s) scheme has no "/"
    after it (one when the page name is). So it is False for a page name that opens with another ASCII character
    (not a space) or holds more than 14 letters and digits, unless that last "/" ends a "//"; and for an empty page
    name when the path holds two "/" after its first "//" (or has none) and a letter or digit before that last "/".
    More than four "/", or a "#", fail ``_is_home`` at once. (Every byte looked at is ASCII, and UTF-8 never uses an
    ASCII byte inside another character; ``strip`` removes only spaces, none of the bytes that decide.)"""
    cdef const char* query = strchr(href, 63)  # "?"
    cdef Py_ssize_t end = <Py_ssize_t>(query - href) if query is not NULL else <Py_ssize_t>strlen(href)
    cdef Py_ssize_t i, last = -1, scheme = -1, after = 0, slashes = 0, named = 0
    cdef char c
    if strchr(href, 35) is not NULL:  # "#"
        return True
    i = 0
    while href[i] != 0:
        if href[i] == 47:  # "/"
            slashes += 1
            if i < end:
                last = i
                if scheme < 0 and i > 0 and href[i - 1] == 47:
                    scheme = i - 1
                elif scheme >= 0:
                    after += 1
        i += 1
    if slashes > 4:
        return True
    if last + 1 < end:  # a page name: its first character, and its length
        c = href[last + 1]
        if c < 0 or _ascii_space(c):
            return False
        if c == 46 or c == 105 or c == 73 or c == 100 or c == 68 or c == 104 or c == 72:  # . i I d D h H
            for i in range(last + 1, end):
                c = href[i]
                if (48 <= c <= 57) or (65 <= c <= 90) or (97 <= c <= 122):
                    named += 1
            if named <= 14:
                return False
        return last < 1 or href[last - 1] != 47
    if last < 0 or (scheme >= 0 and after <= 1):
        return False
    for i in range(last):  # an empty page name: a letter or digit before the last "/"
        c = href[i]
        if (48 <= c <= 57) or (65 <= c <= 90) or (97 <= c <= 122):
            return True
    return False


cdef int _list_head_elements(cetree._Document doc, xmlNode* top, list out) except -1:
    """Append the HEAD_TAGS elements below ``top`` (a subtree the walk does not enter), in document order, as
    ``iter`` finds them: elements only, entered through elements only."""
    cdef xmlNode* node = top.children
    cdef bytes name
    while node is not NULL:
        if node.type == tree.XML_ELEMENT_NODE:
            for name in HEAD_TAG_BYTES:
                if strcmp(<const char*>node.name, name) == 0 and node.ns is NULL:
                    out.append(cetree.elementFactory(doc, node))
                    break
            if node.children is not NULL:
                node = node.children
                continue
        while node.next is NULL:
            node = node.parent
            if node is top:
                return 0
        node = node.next
    return 0


cdef object _new_block(list pieces, Py_ssize_t links, object kind, int level, list tables, bint in_pre):
    """``blocks._new_block``: the block for the text nodes gathered since the last boundary."""
    cdef str raw = "".join(pieces)
    cdef str text = raw.strip()
    cdef Py_ssize_t spaces, chars
    if "  " not in text and text.isprintable():
        spaces = text.count(" ")
    else:
        words = raw.split()
        text = " ".join(words)
        spaces = PyList_GET_SIZE(words) - 1
    chars = len(text) - spaces
    if in_pre:
        lines = [" ".join(line.split()) for line in raw.splitlines()]
        text = "\n".join([line for line in lines if line])
    return BLOCKS.make(
        (
            text,
            chars,
            min(links, chars),
            kind,
            level,
            tuple(tables[-1]) if tables else None,
            raw if spaces and "\n" in raw and not in_pre else None,
            pieces,
        )
    )


cdef class _Codes:
    """A stack of ints (the codes of the open elements), as deep as the tree."""

    cdef int* items
    cdef Py_ssize_t size, capacity

    def __cinit__(self):
        self.capacity = 256
        self.size = 0
        self.items = <int*>malloc(self.capacity * sizeof(int))
        if self.items is NULL:
            raise MemoryError()

    def __dealloc__(self):
        free(self.items)

    cdef inline int push(self, int code) except -1:
        cdef int* grown
        if self.size == self.capacity:
            grown = <int*>realloc(self.items, 2 * self.capacity * sizeof(int))
            if grown is NULL:
                raise MemoryError()
            self.items = grown
            self.capacity *= 2
        self.items[self.size] = code
        self.size += 1
        return 0

    cdef inline int pop(self) noexcept:
        self.size -= 1
        return self.items[self.size]


cdef struct _Open:
    Py_ssize_t first  # the number of blocks when the element opened
    PyObject* names  # its class and id, to classify when it closes holding blocks (a reference held), or NULL
    PyObject* kind  # of its blocks (held by the element's ``_Tag``, which the walk keeps)
    int bits  # its tag's flags
    int level


cdef class _OpenBlocks:
    """The stack of open block-level elements (a C array: no tuple per element)."""

    cdef _Open* items
    cdef Py_ssize_t size, capacity

    def __cinit__(self):
        self.capacity = 64
        self.size = 0
        self.items = <_Open*>malloc(self.capacity * sizeof(_Open))
        if self.items is NULL:
            raise MemoryError()

    def __dealloc__(self):
        cdef Py_ssize_t i
        for i in range(self.size):
            Py_XDECREF(self.items[i].names)
        free(self.items)

    cdef int push(self, Py_ssize_t first, object names, _Tag info, int bits) except -1:
        cdef _Open* grown
        if self.size == self.capacity:
            grown = <_Open*>realloc(self.items, 2 * self.capacity * sizeof(_Open))
            if grown is NULL:
                raise MemoryError()
            self.items = grown
            self.capacity *= 2
        cdef _Open* item = &self.items[self.size]
        item.first = first
        item.names = NULL
        if names is not None:
            Py_INCREF(names)
            item.names = <PyObject*>names
        item.kind = <PyObject*>info.kind
        item.bits = bits
        item.level = info.level
        self.size += 1
        return 0

    cdef inline _Open* top(self) noexcept:
        return &self.items[self.size - 1]

    cdef inline object pop_names(self):
        """Drop the top element (``top`` still reads it until the next push) and give its names."""
        self.size -= 1
        cdef PyObject* names = self.items[self.size].names
        if names is NULL:
            return None
        cdef object found = <object>names
        Py_DECREF(found)  # (the stack's reference, now the caller's)
        return found


def walk_tree(cetree._Element root not None):
    """``blocks.walk_tree`` over libxml2's nodes: the same ``PageBlocks``."""
    cdef cetree._Document doc = root._doc
    cdef xmlNode* top = root._c_node
    cdef xmlNode* node = top
    cdef xmlNode* following
    cdef xmlAttr* attribute
    cdef xmlAttr* class_attr
    cdef xmlAttr* id_attr
    cdef xmlAttr* style_attr
    cdef xmlAttr* href_attr
    cdef xmlAttr* rel_attr
    cdef xmlAttr* src_attr
    cdef const char* name
    cdef const char* value
    cdef bint has_attributes, hidden_attr, descend, done = False
    cdef bint line_seen = False, visible = False
    cdef Py_ssize_t link_chars = 0, first, last, depth
    cdef int link_depth = 0, in_pre = 0, table_count = 0, code, action, bits, marks, screen_reader
    cdef _Tag info
    cdef _Codes open_codes = _Codes()
    cdef dict tags = {}  # name pointer -> _Tag, for this walk (libxml2 interns names per document)
    # the last name seen in each of 64 slots (by its pointer) and its _Tag, held by ``tags``: most elements
    # are found here, without making an int key and looking it up in the dict
    cdef const_xmlChar* slot_names[64]
    cdef PyObject* slot_tags[64]
    cdef size_t slot
    memset(slot_names, 0, sizeof(slot_names))
    cdef list blocks = [], containers = [], flagged = [], h1 = [], segments = [], line_parts = []
    cdef list pieces = [], tables = []
    cdef _OpenBlocks open_blocks = _OpenBlocks()
    cdef _Open* opened
    cdef dict table_nested = {}
    cdef dict marks_cache = B._marks_cache, home_cache = B._home_cache, style_cache = B._style_cache
    cdef dict crumb_cache = B._crumb_cache, names_cache = CLASSIFIED
    found = B.PageBlocks(Segmented(blocks, containers, flagged, h1), [])
    cdef list named = found.segmented.named
    cdef list crumbs = found.crumbs, authors = found.author_elements, logos = found.logos
    cdef list head_elements = found.head_elements
    cdef list homes = found.home_links, categories = found.categories

    while not done:
        # ---- the start of ``node`` ----
        descend = False
        if node.type != tree.XML_ELEMENT_NODE:  # an entity reference: its tail only
            open_codes.push(NODE)
        else:
            slot = (<size_t>node.name >> 3) & 63
            if slot_names[slot] == node.name:
                info = <_Tag>slot_tags[slot]
            else:
                key = <size_t>node.name
                info = tags.get(key)
                if info is None:
                    info = _tag_info(_utf8(node.name))
                    tags[key] = info
                slot_names[slot] = node.name
                slot_tags[slot] = <PyObject*>info
            if info.head and node.ns is NULL:
                head_elements.append(cetree.elementFactory(doc, node))
            code = info.code
            action = code & ACTION
            # the attributes the walk reads (most elements have none)
            class_attr = id_attr = style_attr = href_attr = rel_attr = src_attr = NULL
            hidden_attr = False
            attribute = node.properties
            has_attributes = attribute is not NULL
            while attribute is not NULL:
                if attribute.ns is NULL:
                    name = <const char*>attribute.name
                    if strcmp(name, "class") == 0:
                        if class_attr is NULL:
                            class_attr = attribute
                    elif strcmp(name, "id") == 0:
                        if id_attr is NULL:
                            id_attr = attribute
                    elif strcmp(name, "style") == 0:
                        if style_attr is NULL:
                            style_attr = attribute
                    elif strcmp(name, "href") == 0:
                        if href_attr is NULL:
                            href_attr = attribute
                    elif strcmp(name, "rel") == 0:
                        if rel_attr is NULL:
                            rel_attr = attribute
                    elif strcmp(name, "src") == 0:
                        if src_attr is NULL:
                            src_attr = attribute
                    elif strcmp(name, "hidden") == 0:
                        hidden_attr = True
                attribute = attribute.next
            cls = _attribute(doc, node, class_attr) if class_attr is not NULL else None

            if action == SKIP:
                if code & META_SKIP:
                    open_codes.push(code | SKIPPED)
                else:
                    # A media fallback, an input, an object: not text for the extractor, but shown.
                    if _next_element(node.children) is NULL:  # no child element (an input, a <meta> in the body)
                        if info.is_img or info.tag == "a" or (
                            cls is not None and ("uthor" in cls or "byline" in cls or "autor" in cls)
                        ):  # what ``blocks._mark`` may mark (the others it leaves)
                            B._mark(cetree.elementFactory(doc, node), info.tag, cls, found)
                        line_seen = _meta_leaf(doc, node, code, cls, segments, line_parts, line_seen, crumbs)
                    else:
                        element = cetree.elementFactory(doc, node)
                        B._mark(element, info.tag, cls, found)
                        line_seen = _meta_only(element, cls, segments, line_parts, line_seen, found)
                    open_codes.push(code | SKIPPED)
            else:
                marks = 0
                if cls:
                    known = marks_cache.get(cls)
                    if known is not None:
                        marks = known
                    else:
                        value = _single_value(class_attr)
                        if value is not NULL and not _holds_any(value, MARK_HINTS, MARK_HINT_COUNT):
                            # no literal ``_class_marks`` opens with: it would find none (NO_MARK, cached as it does)
                            if len(marks_cache) >= CACHE_SIZE:
                                marks_cache.clear()
                            marks_cache[cls] = NO_MARK
                        else:
                            marks = B._class_marks(cls)
                if marks & AUTHOR_MARK:
                    if PyList_GET_SIZE(authors) < MAX_MARKED:
                        authors.append(cetree.elementFactory(doc, node))
                elif action == LINK and has_attributes:
                    href = None
                    if href_attr is not NULL and PyList_GET_SIZE(homes) < MAX_MARKED:
                        value = _single_value(href_attr)
                        if value is NULL or not _never_home(value):
                            href = _attribute(doc, node, href_attr)
                    if href:
                        home = home_cache.get(href)
                        if home is None:
                            home = B._is_home(href)
                        if home:
                            homes.append(cetree.elementFactory(doc, node))
                    if rel_attr is not NULL:
                        rel = _attribute(doc, node, rel_attr)
                        if rel == "author" and PyList_GET_SIZE(authors) < MAX_MARKED:
                            authors.append(cetree.elementFactory(doc, node))
                        elif "category" in rel and PyList_GET_SIZE(categories) < MAX_MARKED:
                            categories.append(cetree.elementFactory(doc, node))
                elif action == PLAIN and info.is_img:
                    src = _attribute(doc, node, src_attr) if src_attr is not NULL else None
                    ident = _attribute(doc, node, id_attr) if id_attr is not NULL else None
                    if "logo" in (cls or "") + (src or "") + (ident or ""):  # blocks._is_logo
                        logos.append(cetree.elementFactory(doc, node))
                screen_reader = marks & SCREEN_READER_MARK
                if code & LOOK and (style_attr is not NULL or hidden_attr or screen_reader):
                    style = _attribute(doc, node, style_attr) if style_attr is not NULL else None
                    if style:
                        hidden = style_cache.get(style)
                        if hidden is None:
                            hidden = B._is_hidden_style(style)
                    else:
                        hidden = False
                    if hidden or hidden_attr or screen_reader:
                        code |= SKIPPED
                        if not (code & LINE and style and B._meta_hidden(style)):
                            # Hidden for the extractor only: an inline element's style, a hidden attribute.
                            if _next_element(node.children) is NULL:
                                line_seen = _meta_leaf(doc, node, code, cls, segments, line_parts, line_seen, crumbs)
                            else:
                                line_seen = _meta_only(
                                    cetree.elementFactory(doc, node), cls, segments, line_parts, line_seen, found
                                )
                        open_codes.push(code)  # hidden for both, or walked by ``_meta_only``
                if not code & SKIPPED:
                    open_codes.push(code)
                    descend = True
                    if code & (LINE | ENDS_BLOCK):
                        ident = _attribute(doc, node, id_attr) if id_attr is not NULL else None
                        if code & LINE:
                            crumb = marks & CRUMB_MARK
                            if not crumb and ident:
                                crumb = crumb_cache.get(ident)
                                if crumb is None:
                                    value = _single_value(id_attr)
                                    if value is not NULL and not _holds_any(value, CRUMB_HINTS, CRUMB_HINT_COUNT):
                                        crumb = False  # no hint ``_is_crumb`` asks for first
                                    else:
                                        crumb = B._is_crumb(ident)
                            if crumb:
                                crumbs.append(cetree.elementFactory(doc, node))
                            if line_parts:
                                if line_seen:
                                    segments.append("".join(line_parts))
                                    line_seen = False
                                line_parts.clear()
                        if code & ENDS_BLOCK:
                            if visible:
                                if open_blocks.size:
                                    opened = open_blocks.top()
                                    block = _new_block(
                                        pieces, link_chars, <object>opened.kind, opened.level, tables, in_pre > 0
                                    )
                                else:
                                    block = _new_block(pieces, link_chars, "p", 0, tables, in_pre > 0)
                                blocks.append(block)
                                pieces = []  # the block keeps the list
                                visible = False
                                link_chars = 0
                            elif pieces:
                                pieces.clear()
                            if action == BLOCK:
                                # class and id are classified when the element closes holding blocks
                                if info.never_flagged:
                                    names, bits = None, 0
                                else:
                                    names = (f"{cls} {ident}" if cls else ident) if ident else cls
                                    bits = info.tag_bits if info.has_tag_bits else 0
                                open_blocks.push(PyList_GET_SIZE(blocks), names, info, bits)
                                if code & TABLE:
                                    for open_table in tables:
                                        table_nested[open_table[0]] = True
                                    table_count += 1
                                    tables.append([table_count, -1, -1])
                                elif code & ROW:
                                    if tables:
                                        tables[-1][1] += 1
                                        tables[-1][2] = -1
                                elif code & CELL:
                                    if tables:
                                        tables[-1][2] += 1
                                elif code & PRE:
                                    in_pre += 1
                    elif action == LINK:
                        link_depth += 1
                    text = _text_run(node.children)
                    if text:
                        pieces.append(text)
                        if not visible and not text.isspace():
                            visible = True
                        if link_depth:
                            link_chars += len(text.strip())
                        if code & TOOLTIP and len(text) < 20 and ("前" in text or "ago" in text or "天" in text):
                            text = B._tooltip_date(cetree.elementFactory(doc, node), text)
                        line_parts.append(text)
                        if not line_seen and not text.isspace():
                            line_seen = True

        if descend:
            following = _next_element(node.children)
            if following is not NULL:
                node = following
                continue
        elif node.children is not NULL and node.type == tree.XML_ELEMENT_NODE:
            _list_head_elements(doc, node, head_elements)  # a subtree the walk skips (<head>, hidden, …)

        # ---- the end of ``node``, then of each ancestor whose last child it was ----
        while True:
            code = open_codes.pop()
            action = code & ACTION
            if not code & SKIPPED:
                if action == BLOCK:
                    opened = open_blocks.top()
                    names = open_blocks.pop_names()
                    if visible:
                        block = _new_block(pieces, link_chars, <object>opened.kind, opened.level, tables, in_pre > 0)
                        blocks.append(block)
                        if code & H1:
                            h1.append(block.text)
                        pieces = []  # the block keeps the list
                        visible = False
                        link_chars = 0
                    elif pieces:
                        pieces.clear()
                    first = opened.first
                    last = PyList_GET_SIZE(blocks)
                    if last > first:
                        bits = opened.bits
                        bonus = 1.0
                        if names:
                            classified = names_cache.get(names) or classify_names(names)
                            bits |= classified[0]
                            bonus = classified[1]
                        depth = open_blocks.size
                        element = cetree.elementFactory(doc, node)
                        containers.append(CONTAINERS.make((element, first, last, depth, bonus)))
                        if bonus > 1.0:
                            named.append(containers[-1])
                        if bits:
                            flagged.append(FLAGS.make((first, last, depth, bits)))
                    if code & TABLE:
                        if tables:
                            tables.pop()
                    elif code & PRE:
                        in_pre -= 1
                elif action == LINK:
                    link_depth -= 1
            if code & LINE and line_parts:
                if line_seen:
                    segments.append("".join(line_parts))
                    line_seen = False
                line_parts.clear()
            tail = _text_run(node.next)
            if tail:
                pieces.append(tail)
                if not visible and not tail.isspace():
                    visible = True
                if link_depth:
                    link_chars += len(tail.strip())
                if node is not top:
                    line_parts.append(tail)
                    if not line_seen and not tail.isspace():
                        line_seen = True
            if node is top:
                done = True
                break
            following = _next_element(node.next)
            if following is not NULL:
                node = following
                break
            node = node.parent

    if visible:
        blocks.append(_new_block(pieces, link_chars, "p", 0, [], False))
    if table_count:
        merge_table_rows(blocks, table_nested)
    if line_seen:
        segments.append("".join(line_parts))
    found.lines = _visible_lines(segments)
    return found


cdef list _visible_lines(list segments):
    """``blocks.visible_lines``: the same lines, in a compiled loop. Each segment is split at its own line breaks
    instead of all of them joined and split again (the pieces are the same: the join's separator is the line
    break the split cuts at); most segments hold none."""
    cdef list lines = []
    cdef str segment, raw
    cdef object line
    for segment in segments:
        if "\n" in segment:
            for raw in segment.split("\n"):
                line = _visible_line(raw)
                if line is not None:
                    lines.append(line)
        else:
            line = _visible_line(segment)
            if line is not None:
                lines.append(line)
    return lines


cdef object _visible_line(str raw):
    """One line of ``blocks.visible_lines``: whitespace collapsed, invisible characters removed; None when empty."""
    cdef str line = raw.strip()
    if not line:
        return None
    if "  " in line or not line.isprintable():  # (else its spaces are single ASCII ones already)
        line = " ".join(raw.split())
        if not line.isprintable():
            line = " ".join(INVISIBLE.sub("", raw).split())
            if not line:
                return None
    return line


cdef bint _meta_leaf(
    cetree._Document doc, xmlNode* node, int code, object cls, list segments, list line_parts, bint line_seen,
    list crumbs,
) except? -1:
    """``blocks._meta_only`` on an element without a child element or entity (most of them: an input, a <meta> or
    <link> in the body, a hidden <span> of text): its line break and its text, read without a walker of its subtree
    (the walker would stop at the element's end at once). Returns whether the open line segment shows text."""
    if code & LINE:  # ``_meta_only``'s META_BLOCKS test
        B._crumb(cetree.elementFactory(doc, node), cls, crumbs)
        if line_parts:
            if line_seen:
                segments.append("".join(line_parts))
                line_seen = False
            line_parts.clear()
    text = _text_run(node.children)
    if text:
        if code & TOOLTIP and len(text) < 20 and ("前" in text or "ago" in text or "天" in text):  # ``_shown``
            text = B._tooltip_date(cetree.elementFactory(doc, node), text)
        line_parts.append(text)
        if not line_seen and not text.isspace():
            line_seen = True
    return line_seen


cdef bint _meta_only(element, cls, list segments, list line_parts, bint line_seen, found) except? -1:
    """``blocks._meta_only`` on an element the extractor skips, with a walker of its own subtree."""
    walker = etree.iterwalk(element, events=WALK_EVENTS)
    next(walker)  # the element's own start, seen by the caller
    return B._meta_only(walker, element, cls, (segments, line_parts, line_seen), found)
