"""Function words of Ukrainian and English: words that carry no meaning of their own for deciding
whether two passages render each other (the matcher's content words leave them out, and learned
tables keep no entry with one)."""

from __future__ import annotations

__all__ = ["EN_FUNCTION_WORDS", "UK_FUNCTION_WORDS"]

UK_FUNCTION_WORDS = frozenset(
    "і й та а але або чи що як це той та ті цей ця ці в у на з із зі до від для про по за під "
    "над між через після перед при не ні же ж би б то so він вона воно вони ми ви я ти його її "
    "їх їхній свій наш ваш мій твій був була було були бути є який яка яке які також ще вже "
    "тому так щоб якщо коли де там тут".split()
)
EN_FUNCTION_WORDS = frozenset(
    "the a an and or but of to in on at for from with by as is are was were be been being it "
    "its this that these those he she they we you i his her their our your my not no so if "
    "then than there here which who whom what when where while also has have had do does did "
    "will would can could should may might must about into over after before between already "
    "still yet".split()
) | frozenset(  # a pronoun or "not" with its auxiliary, as Ukrainian writes them apart (я, не)
    contraction.replace("'", apostrophe)
    for contraction in "i'm i've i'll i'd we've we're we'll we'd you're you've you'll you'd "
    "he's she's it's that's there's what's let's they're they've they'll they'd don't doesn't "
    "didn't can't couldn't won't wouldn't isn't aren't wasn't weren't haven't hasn't hadn't "
    "shouldn't mustn't".split()
    for apostrophe in "'’"
)
