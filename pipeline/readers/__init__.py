"""Readers: find input files and turn each into RawPages (or errors rows). One module per format."""

from pipeline.readers.decode import Decoded, decode_bytes
from pipeline.readers.files import MAX_PAGE_BYTES, read_input
from pipeline.readers.walk import InputFile, WalkStats, walk_inputs

__all__ = ["MAX_PAGE_BYTES", "Decoded", "InputFile", "WalkStats", "decode_bytes", "read_input", "walk_inputs"]
