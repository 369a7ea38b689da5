"""Command line: ``extractor run``, ``show``, ``rules test``, ``eval``."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .api import ALL_KINDS, DEFAULT_KINDS, extract
from .errors import ExtractorError, RuleError
from .output import format_for

KINDS_HELP = f"comma-separated, from {','.join(sorted(ALL_KINDS))} (default {','.join(sorted(DEFAULT_KINDS))})"


def _kinds(value: str | None) -> frozenset[str]:
    if not value:
        return DEFAULT_KINDS
    kinds = frozenset(k.strip() for k in value.split(",") if k.strip())
    unknown = kinds - ALL_KINDS
    if unknown:
        raise click.BadParameter(f"unknown kinds {sorted(unknown)}; choose from {sorted(ALL_KINDS)}")
    return kinds


@click.group()
@click.version_option(package_name="zh-news-extractor")
def main() -> None:
    """Exact, traceable figures from Chinese news archives."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", required=True, help="output file or folder; format from its suffix")
@click.option("--format", "fmt", type=click.Choice(["duckdb", "jsonl", "parquet", "csv"]), default=None)
@click.option("--kinds", default=None, help=KINDS_HELP)
@click.option("--rules", "rules_dir", type=click.Path(exists=True, file_okay=False), default=None,
              help="folder of your own rules/*.yaml (add rules, or replace built-in ones by id)")
@click.option("--id-field", default="id", show_default=True, help="JSONL/CSV field with the article id")
@click.option("--text-field", default="text", show_default=True, help="JSONL/CSV field with the article text")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="worker processes (default: the CPU count); output is the same whatever N")
@click.option("--resume", is_flag=True,
              help="carry on an interrupted run into the same DuckDB output (also done without it); "
                   "fail if there is none to carry on")
@click.option("--batch-size", type=click.IntRange(min=1), default=None,
              help="input items per committed batch (one DuckDB transaction; default 200, times N with -j N up to 4)")
@click.option("--overwrite", is_flag=True, help="start the output afresh instead of resuming or updating it")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="dask: run on a Dask cluster and write a Parquet dataset (see docs/dask.md)")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="with --engine dask: the scheduler, e.g. tcp://10.0.0.5:8786 (default: a local cluster)")
@click.option("--spacy-model", default=None, metavar="NAME_OR_PATH",
              help="an installed spaCy pipeline (zh_core_web_sm) whose ORG entities join ours as candidates")
@click.option("-q", "--quiet", is_flag=True, help="print nothing but errors (no progress bar)")
def run(inputs, output, fmt, kinds, rules_dir, id_field, text_field, jobs, resume, batch_size, overwrite,
        engine, scheduler, spacy_model, quiet) -> None:
    """Extract figures from INPUTS: .txt, .jsonl, .csv, .html, .warc/.arc files (or .gz of
    them), folders of them (recursive), or - for stdin (format told by its first bytes).
    For JSONL and CSV, --id-field and --text-field name the columns; other columns are
    kept as article metadata (title, date, outlet, reporters win over detected ones).

    DuckDB output is committed in batches: run the same command again after a
    crash (or with --resume) and it carries on; articles already in the output
    are replaced, never duplicated.

    Example: extractor run corpora/ -o out/news.duckdb -j 4
    """
    from .pipeline import default_jobs, run as run_pipeline

    if engine == "dask" and not fmt and not Path(output).suffix:
        fmt = "parquet"  # a folder: the dataset
    try:
        summary = run_pipeline(list(inputs), output, format_for(output, fmt), _kinds(kinds),
                               rules_dir, id_field, text_field, jobs=jobs or default_jobs(), resume=resume,
                               overwrite=overwrite, progress=not quiet, engine=engine, scheduler=scheduler,
                               batch_size=batch_size, spacy_model=spacy_model)
    except ExtractorError as exc:
        raise click.ClickException(str(exc)) from None
    if not quiet:
        click.echo(summary.line(output))
    # 0: every input read; 1: some inputs failed (they are rows in errors).
    sys.exit(1 if summary.errors else 0)


def _is_file(path: Path) -> bool:
    """Is ``path`` an existing file?  A long text is no path (the system refuses names
    over 255 bytes: OSError, not False)."""
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False


@main.command()
@click.argument("text_or_file")
@click.option("--json", "as_json", is_flag=True, help="print the article's JSON document")
@click.option("--kinds", default=None, help=KINDS_HELP)
@click.option("--rules", "rules_dir", type=click.Path(exists=True, file_okay=False), default=None)
@click.option("--spacy-model", default=None, metavar="NAME_OR_PATH",
              help="an installed spaCy pipeline (zh_core_web_sm) whose ORG entities join ours as candidates")
def show(text_or_file, as_json, kinds, rules_dir, spacy_model) -> None:
    """Print one article's figures, orgs and checks as a table (or JSON).

    Example: extractor show "全年到位资金22.735亿元，完成目标的114.82%"
    """
    from .encoding import decode

    path = Path(text_or_file)
    if _is_file(path):
        text, doc_id = decode(path.read_bytes(), str(path)), path.stem
    else:
        text, doc_id = text_or_file, None
    extra = ()
    if spacy_model:
        from .components import model_orgs

        extra = model_orgs(spacy_model, text)
    article = extract(text, doc_id, kinds=_kinds(kinds), rules=rules_dir, extra_orgs=extra)
    if as_json:
        click.echo(json.dumps(article.to_dict(), ensure_ascii=False, indent=2))
        return
    header = f"{'kind':<17}{'text':<22}{'value':>20}  {'cur':<4}{'unit':<5}{'approx':<7}{'neg':<4}[start,end)  rule"
    click.echo(header)
    for f in article.figures:
        value = str(f.value) + (f"..{f.value_max}" if f.value_max is not None else "")
        click.echo(f"{f.kind:<17}{f.text:<22}{value:>20}  {f.currency or '':<4}{f.unit or '':<5}"
                   f"{'yes' if f.approx else '':<7}{'yes' if f.negative else '':<4}[{f.start},{f.end})  {f.rule}")
    for o in article.orgs:
        click.echo(f"{'org/' + o.type:<17}{o.text:<22}{o.name:>20}  {len(o.mentions)} mention(s)"
                   f"  [{o.start},{o.end})  {o.rule}")
    for c in article.checks:
        # (an unverifiable check's explanation already gives its reason)
        why = f"  ({c.reason})" if c.reason and c.status != "unverifiable" else ""
        click.echo(f"{'check/' + c.kind:<17}{c.status:<14}{c.explanation_en}{why}")


@main.command()
@click.argument("output", type=click.Path(exists=True))
@click.option("-o", "--html", "target", required=True, type=click.Path(dir_okay=False),
              help="the HTML file to write")
@click.option("--max-articles", type=click.IntRange(min=0), default=300, show_default=True,
              help="articles whose text is shown (those with inconsistent claims first)")
def report(output, target, max_articles) -> None:
    """Write one self-contained HTML page about an OUTPUT of `extractor run` (DuckDB file or
    Parquet/CSV folder): summary, inconsistent claims, each article with its figures and
    orgs highlighted. Opens offline; all text is escaped.

    Example: extractor report out/news.duckdb -o out/report.html
    """
    from .report import write_report

    try:
        path = write_report(output, target, max_articles)
    except (ExtractorError, FileNotFoundError) as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"report -> {path}")


@main.group()
def rules() -> None:
    """Work with rule files."""


@rules.command("test")
@click.argument("rules_dir", required=False, type=click.Path(exists=True, file_okay=False))
@click.option("--only", default=None, help="rule id prefix, e.g. money")
def rules_test(rules_dir, only) -> None:
    """Run the examples of the built-in rules and those in RULES_DIR.

    Example: extractor rules test my_rules/ --only money
    """
    from .rules import load_rules
    from .ruletest import run_examples

    try:
        ruleset = load_rules(rules_dir)
    except RuleError as exc:
        raise click.ClickException(str(exc)) from None
    outcomes = run_examples(ruleset, rules_dir, only)
    failed = [o for o in outcomes if not o.ok]
    for o in failed:
        click.echo(f"FAIL {o.kind} {o.name}: {o.detail}")
    click.echo(f"{len(outcomes) - len(failed)} passed, {len(failed)} failed")
    sys.exit(1 if failed else 0)


@main.command("eval")
@click.option("--peer", "peer_dir", envvar="EXTRACTOR_PEER", default=None,
              help="folder of peer suites (holds cases/*.jsonl); also $EXTRACTOR_PEER")
@click.option("--corpus", "corpus_dir", default=None, help="our corpus folder (scored against its gold/*.json)")
@click.option("--kinds", default="money,percent,number", show_default=True, help="peer files to score")
@click.option("--failures", default=0, show_default=True, help="list up to N failing cases per suite and kind")
@click.option("--variants", default=None, envvar="EXTRACTOR_VARIANTS",
              help="JSONL(.gz) of other articles: measure noise invariance on generated variants of them")
@click.option("--variants-limit", default=500, show_default=True, help="how many articles of --variants")
def eval_(peer_dir, corpus_dir, kinds, failures, variants, variants_limit) -> None:
    """Score the peer suites (share of cases right, span and value) and our gold corpus.

    Example: extractor eval --peer ../shared/peer --corpus corpora --failures 5
    """
    from .evaluate import SUITE_KINDS, failure_lines, peer_table, score_peer

    wanted = [k.strip() for k in kinds.split(",") if k.strip()]
    unknown = [k for k in wanted if k not in SUITE_KINDS]
    if unknown:
        # (org.jsonl holds labelled spans, not figures: the org table at the end always scores it)
        raise click.BadParameter(f"{', '.join(unknown)}: choose among {', '.join(SUITE_KINDS)}"
                                 + ("; orgs are scored in the org table eval always prints" if "org" in unknown else ""),
                                 param_hint="--kinds")
    if not peer_dir or not (Path(peer_dir) / "cases").is_dir():
        click.echo(f"peer suites: skipped ({'no --peer given' if not peer_dir else f'no cases/ folder in {peer_dir}'})")
    else:
        results = score_peer(peer_dir, wanted)
        click.echo(f"peer suites ({peer_dir}): a case is right when its figures match exactly, span and value")
        click.echo(peer_table(results))
        for line in failure_lines(results, failures):
            click.echo(line)
    if corpus_dir:
        for folder, label in ((Path(corpus_dir), "dev"), (Path(corpus_dir) / "eval", "held out, never tuned on"),
                              *_blind_batches(Path(corpus_dir) / "blind")):
            _print_corpus_scores(folder, label)
    if variants:
        _print_variant_agreement(variants, variants_limit)
    from .orgs_eval import org_table

    click.echo(org_table(peer_dir, corpus_dir if corpus_dir and Path(corpus_dir).is_dir() else None))


def _blind_batches(blind: Path) -> list[tuple[Path, str]]:
    """The batches written blind (corpora/blind/README.md): those the rules were fixed on, then those held out."""
    return [(folder, "written blind, fixed on") for folder in sorted(blind.glob("blind*"))] \
        + [(folder, "written blind, held out") for folder in sorted((blind / "held").glob("blind*"))]


def _print_corpus_scores(folder: Path, label: str) -> None:
    """Figures, checks and noise invariance on one of our corpora."""
    from .evaluate import corpus_table, noise_agreement, score_checks, score_corpus
    from .noise import corpus_texts, variant_agreement

    scores = score_corpus(folder) if (folder / "gold").is_dir() else {}
    if not scores:
        click.echo(f"corpus {folder}: skipped (no gold/*.json)")
        return
    n = next(iter(scores.values()))["articles"]
    click.echo(f"corpus {folder} ({label}): {n} clean articles; a figure matches on kind + span + value")
    click.echo(corpus_table(scores))
    if "of_total" in scores.get("count", {}):
        s = scores["count"]
        click.echo(f"counts: what they count (of) as the gold says {s['of_agree']}/{s['of_total']} = {s['of_share']}")
    c = score_checks(folder)
    click.echo(f"checks: precision {c['precision']} recall {c['recall']} (tp {c['tp']}, fp {c['fp']}, fn {c['fn']}); "
               f"deliberate errors flagged {c['flagged']}/{c['inconsistent']}, false alarms {c['false_alarms']}")
    copies = noise_agreement(folder)
    generated = variant_agreement(corpus_texts(folder))
    click.echo(f"noise invariance: noisy copies {copies['agree']}/{copies['articles']} = {copies['share']}; "
               f"generated variants {generated.agree}/{generated.articles} = {generated.share} (target 1)")


def _print_variant_agreement(path: str, limit: int) -> None:
    """Noise invariance on variants of other text (target >= 0.99)."""
    from .ingest import RawArticle, read_inputs
    from .noise import variant_agreement

    texts = []
    for item in read_inputs([path]):
        if isinstance(item, RawArticle):
            texts.append((item.id, item.text))
        if len(texts) >= limit:
            break
    result = variant_agreement(texts)
    click.echo(f"noise invariance on variants of {path}: {result.agree}/{result.articles} = {result.share} "
               f"(target 0.99)" + (f"; differ: {', '.join(result.differ[:5])}" if result.differ else ""))


if __name__ == "__main__":
    main()
