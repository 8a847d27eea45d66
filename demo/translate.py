"""Translate demo pages through wagtail-localize, so they are synced translations editors can
keep working on in the admin like any other."""

from collections import defaultdict

from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


def _strings_by_path(instance) -> dict[str, list[str]]:
    strings = defaultdict(list)
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue):
            strings[segment.path].append(segment.string.data)
    return strings


def translate_page(source_page, language: str, translated_instance):
    """Create (once) the `language` translation of `source_page`.

    `translated_instance` is an unsaved copy of the source page whose text fields hold the
    translated text; its segments are paired with the source's by content path and order.
    """
    locale = Locale.objects.get(language_code=language)
    existing = source_page.get_translation_or_none(locale)
    if existing is not None:
        return existing

    source, _created = TranslationSource.get_or_create_from_instance(source_page)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)

    source_strings = _strings_by_path(source_page)
    target_strings = _strings_by_path(translated_instance)
    pairs = {}
    for path, originals in source_strings.items():
        translated = target_strings.get(path, [])
        if len(translated) != len(originals):
            raise ValueError(f"{source_page.slug}: {language} text at {path} does not match the Swedish structure")
        pairs.update({(path, original): text for original, text in zip(originals, translated, strict=True)})

    po = translation.export_po()
    for entry in po:
        entry.msgstr = pairs[(entry.msgctxt, entry.msgid)]
    translation.import_po(po, translation_type="manual", tool_name="demo content")
    translation.save_target(publish=True)
    return source_page.get_translation(locale)
