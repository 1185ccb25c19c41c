"""Extractors: one module per fact (references, dates, citations, outcome, ...).

Extractors read text and the parts the segmenter made; none of them knows HTML.
"""
