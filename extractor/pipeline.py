"""The batch run: inputs -> per-article extraction -> writer, with a summary."""
from __future__ import annotations

import itertools
import traceback
from collections import Counter
from dataclasses import dataclass, field

from .api import DEFAULT_KINDS, extract
from .errors import InputError
from .ingest import RawArticle, read_inputs
from .output import Batch, open_writer
from .tables import article_row, figure_rows

BATCH_ARTICLES = 200


@dataclass
class Summary:
    articles: int = 0
    errors: int = 0
    figures: Counter = field(default_factory=Counter)

    def line(self, output: str) -> str:
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(self.figures.items())) or "none"
        failed = f"{self.errors} input(s) failed (see the errors table)" if self.errors else "no errors"
        return f"{self.articles} articles, {sum(self.figures.values())} figures ({kinds}); {failed} -> {output}"


def process(raw: RawArticle, kinds=DEFAULT_KINDS, rules=None) -> tuple[dict, list[dict], list[dict], dict]:
    """One article -> (article row, figure rows, error rows, JSON document).

    Pure and picklable, so a process pool or a Dask partition can call it."""
    article = extract(raw.text, raw.id, kinds=kinds, rules=rules, metadata=raw.metadata)
    figures, errors = figure_rows(article)
    return article_row(article, raw.source), figures, errors, article.to_dict()


def run(inputs: list[str], output: str, fmt: str, kinds=DEFAULT_KINDS, rules=None,
        id_field: str = "id", text_field: str = "text", limit: int | None = None) -> Summary:
    """Extract every input into ``output``; ``limit`` stops after that many input items."""
    writer = open_writer(output, fmt)
    summary, batch = Summary(), Batch()
    items = read_inputs(inputs, id_field=id_field, text_field=text_field)
    try:
        for item in itertools.islice(items, limit):
            if isinstance(item, InputError):
                batch.rows["errors"].append({"source": item.source, "stage": item.stage, "reason": item.reason})
                summary.errors += 1
            else:
                try:
                    row, figures, errors, doc = process(item, kinds, rules)
                except Exception as exc:  # the one broad catch: per article, recorded
                    reason = f"{type(exc).__name__}: {exc}"
                    batch.rows["errors"].append({"source": item.source, "stage": "extract", "reason": reason})
                    summary.errors += 1
                    traceback.print_exc()
                    continue
                batch.rows["articles"].append(row)
                batch.rows["figures"].extend(figures)
                batch.rows["errors"].extend(errors)
                batch.documents.append(doc)
                summary.articles += 1
                summary.figures.update(f["kind"] for f in figures)
            if len(batch) >= BATCH_ARTICLES:
                writer.write(batch)
                batch = Batch()
        writer.write(batch)
    finally:
        writer.close()
    return summary
