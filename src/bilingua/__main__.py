"""``python -m bilingua`` runs the command line."""

import sys

from bilingua.cli import main

sys.exit(main())
