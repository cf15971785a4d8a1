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
    "will would can could should may might must about into over after before between".split()
)
