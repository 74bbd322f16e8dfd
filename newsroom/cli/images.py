"""`newsroom image`: a story's images, copied into its media/ and listed in its front matter."""

from __future__ import annotations

from pathlib import Path

import typer

from newsroom.cli.app import app
from newsroom.cli.choices import story_slugs

image_app = typer.Typer(
    name="image",
    help="Add, change, remove and list a story's images (media/ and story.md).\n\n"
    'Example: newsroom image harbor-seawall add ~/photos/crews.jpg --caption "Crews survey '
    'the waterfront in Harbor City on Tuesday." --credit "Samir Khan/Coastal Daily Press" '
    '--alt "Two workers measure a concrete wall."',
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
app.add_typer(image_app, name="image")

IMAGE = typer.Argument(
    ..., help="The image: its file in media/, or its number in 'image SLUG list'."
)


@image_app.callback()
def _story(
    ctx: typer.Context,
    slug: str = typer.Argument(..., help="The story's slug.", autocompletion=story_slugs),
) -> None:
    ctx.obj = slug


def _done(edited: object, what: str) -> None:
    from newsroom.reporting import text
    from newsroom.services.contributions import Edited

    assert isinstance(edited, Edited)
    text.done(f"{what}; committed {edited.file} ({edited.commit[:8]})")


@image_app.command("add")
def image_add(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="The image file to copy into the story's media/."),
    caption: str = typer.Option(..., help="A sentence: who or what is shown, where, when."),
    credit: str = typer.Option(..., help="Creator and supplier, e.g. 'Jane Roe/Reuters'."),
    alt: str = typer.Option(..., help="What the image shows, for readers who cannot see it."),
    rights: str = typer.Option("", help="A rights note for a third-party image."),
    name: str = typer.Option("", help="Its name in media/ (default: the file's own name)."),
) -> None:
    """Copy an image into the story's media/, list it in story.md and commit both.

    The file must be an image by its bytes (JPEG, PNG, GIF, WebP, TIFF, AVIF or HEIC),
    whatever its name says.

    Example: newsroom image harbor-seawall add ~/photos/crews.jpg --caption "Crews survey
    the eastern waterfront in Harbor City, Fla., on Tuesday." --credit "Samir Khan/Coastal
    Daily Press" --alt "Two workers in hard hats measure a crumbling concrete wall."
    """
    from newsroom.services import images
    from newsroom.services.workspace import Workspace

    new = images.NewImage(file, caption, credit, alt, rights, name)
    edited, listed = images.add_image(Workspace.find(), ctx.obj, new)
    _done(edited, f"added {listed}")


@image_app.command("edit")
def image_edit(
    ctx: typer.Context,
    image: str = IMAGE,
    caption: str = typer.Option(None, help="A new caption."),
    credit: str = typer.Option(None, help="A new credit, e.g. 'Jane Roe/Reuters'."),
    alt: str = typer.Option(None, help="New alt text."),
    rights: str = typer.Option(None, help="A rights note ('' clears it)."),
) -> None:
    """Change an image's caption, credit, alt text or rights note and commit story.md.

    Example: newsroom image harbor-seawall edit crews.png --credit "Samir Khan/Coastal Daily
    Press"
    """
    from newsroom.services import images
    from newsroom.services.workspace import Workspace

    change = images.ImageChange(image, caption, credit, alt, rights)
    _done(images.edit_image(Workspace.find(), ctx.obj, change), f"changed {image}")


@image_app.command("remove")
def image_remove(ctx: typer.Context, image: str = IMAGE) -> None:
    """Take an image off the story and its file out of media/, in one commit (history keeps
    the file; it stays while another image of the story shows it).

    Example: newsroom image harbor-seawall remove crews.png
    """
    from newsroom.services import images
    from newsroom.services.workspace import Workspace

    _done(images.remove_image(Workspace.find(), ctx.obj, image), f"removed {image}")


@image_app.command("list")
def image_list(ctx: typer.Context) -> None:
    """Show a story's images: number, file, size, caption, credit, alt text and rights.

    Example: newsroom image harbor-seawall list
    """
    from newsroom.reporting import text
    from newsroom.services import images
    from newsroom.services.workspace import Workspace

    rows = [
        (
            str(number),  # what names an image with no file (see 'image edit --help')
            r.image.file,
            f"{r.size:,} bytes" if r.present else "missing",
            r.image.caption,
            r.image.credit,
            r.image.alt,
            r.image.rights,
        )
        for number, r in enumerate(images.images(Workspace.find(), ctx.obj), 1)
    ]
    columns = ("#", "file", "size", "caption", "credit", "alt", "rights")
    text.table(f"Images: {ctx.obj}", columns, rows)
