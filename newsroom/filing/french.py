"""A French-language site's furniture said in English, for the chrome rules to read.

A site in French may carry a story in English (a regional site's English section, copied
whole): its menus, share bar, date line, 'Lire aussi' links, comments, newsletter box and
cookie banner stay in French around it. Each line of that furniture is read as the English
a site in English prints in its place ('Partager :' as 'Share:', 'Commentaires (3)' as
'Comments (3)', 'il y a 2 heures' as '2 hours ago'), and the catalog's rules read that. A
line of the story is never one of these whole lines.
"""

from __future__ import annotations

import re
from typing import Final

# (the French line, whole, ignoring case; the English a site in English prints there)
_FURNITURE: Final = (
    (r"(?:aller|passer) au contenu(?: principal)?", "Skip to main content"),
    (r"se connecter|connexion", "Log in"),
    (r"se déconnecter|déconnexion", "Log out"),
    (r"s['’]abonner|abonnez-vous", "Subscribe"),
    (r"accueil", "Home"),
    (r"rechercher", "Search"),
    (r"partager(?: (?:cet article|sur \w+))?\s*:?", "Share:"),
    (r"copier le lien", "Copy link"),
    (r"imprimer(?: (?:cet article|la page))?", "Print"),
    (r"écouter (?:cet article|l['’]article)", "Listen to this article"),
    (r"(\d{1,2}) min(?:utes?)? de lecture", r"\1 min read"),
    # the story's times: 'Publié le 10/03/2026 à 14h32 | Mis à jour le 10/03/2026 à 16h05'
    (
        r"publié le (\d{1,2}/\d{1,2}/\d{4}) à (\d{1,2})h(\d{2})"
        r"(?:\s*\|\s*mis à jour le (?:\d{1,2}/\d{1,2}/\d{4}) à (?:\d{1,2})h(?:\d{2}))?",
        r"Published \1 at \2:\3",
    ),
    (r"(?:à )?lire aussi\s*:\s*(\S.*)", r"Read also: \1"),
    (r"publicité", "Advertisement"),
    (r"mots[- ]clés\s*:?|étiquettes\s*:?", "Tags:"),
    (r"commentaires?\s*\((\d+)\)", r"Comments (\1)"),
    (r"il y a (\d{1,2}) minutes?", r"\1 minutes ago"),
    (r"il y a (\d{1,2}) heures?", r"\1 hours ago"),
    (r"il y a (\d{1,2}) jours?", r"\1 days ago"),
    (r"répondre", "Reply"),
    (r"(?:laisser|ajouter|écrire) un commentaire", "Leave a comment"),
    (
        r"vous devez être connecté(?:e)? pour (?:publier|poster|laisser) un commentaire\.?",
        "Log in to comment",
    ),
    (r"les plus (?:lus|lues|populaires)|articles? les plus lus", "Most read"),
    (r"(?:recevez|abonnez-vous à|inscrivez-vous à) (?:notre|la) newsletter", "Get our newsletter"),
    (r"votre (?:adresse )?e-?mail", "Your email address"),
    (r"je m['’]inscris|s['’]inscrire", "Sign up"),
    (r"mentions légales", "Legal notice"),
    (r"politique de confidentialité", "Privacy policy"),
    (r"(?:nous contacter|contactez-nous)", "Contact us"),
    (r"tout accepter", "Accept all"),
    (r"tout refuser", "Reject all"),
    (r"(?:gérer|paramétrer) (?:les )?cookies", "Manage cookies"),
)
_LINES: Final = tuple(re.compile(pattern, re.I) for pattern, _ in _FURNITURE)
_ANY: Final = re.compile("|".join(f"(?:{pattern})" for pattern, _ in _FURNITURE), re.I)


def in_english(line: str) -> str:
    """A line of a French site's furniture as a site in English says it; any other line as
    it is."""
    text = " ".join(line.split())
    if len(text) > 200 or not _ANY.fullmatch(text):
        return line
    for found, (_, english) in zip(_LINES, _FURNITURE, strict=True):
        if said := found.fullmatch(text):
            return said.expand(english)
    return line
