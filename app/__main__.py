"""`python -m app` is the same as the `tinjau` command."""

from app.cli import main

raise SystemExit(main())
