"""Making openpyxl's charts readable by Gnumeric (and other strict readers).

openpyxl declares the DrawingML namespaces (``a:``, ``c:``, ``r:``) on the elements that use
them, deep inside each drawing and chart part. That is valid XML, but Gnumeric only knows the
namespaces declared on a part's root element and silently drops every chart otherwise. After
the workbook is saved, the declarations of those parts are moved to their root elements with
lxml (``cleanup_namespaces``). openpyxl also always writes an empty ``<workbookProtection/>``,
which protects nothing and which Gnumeric reports as unexpected: it is removed. Nothing else
in the file changes.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from lxml import etree

NAMESPACES = {
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}
PARTS = ("xl/drawings/", "xl/charts/")
WORKBOOK = "xl/workbook.xml"
MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def declare_namespaces_on_top(path: Path) -> None:
    """Rewrite the drawing and chart parts of the workbook at ``path`` in place."""
    path = Path(path)
    rewritten = path.with_name(path.name + ".charts")
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    try:
        with (
            zipfile.ZipFile(path) as source,
            zipfile.ZipFile(rewritten, "w", zipfile.ZIP_DEFLATED) as target,
        ):
            for item in source.infolist():
                data = source.read(item.filename)
                if item.filename.startswith(PARTS) and item.filename.endswith(".xml"):
                    root = etree.fromstring(data, parser)
                    etree.cleanup_namespaces(root, top_nsmap=NAMESPACES)
                    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
                elif item.filename == WORKBOOK:
                    root = etree.fromstring(data, parser)
                    for empty in root.findall(f"{MAIN}workbookProtection"):
                        if not empty.attrib and len(empty) == 0:
                            root.remove(empty)
                    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
                target.writestr(item, data)
        os.replace(rewritten, path)
    finally:
        rewritten.unlink(missing_ok=True)
