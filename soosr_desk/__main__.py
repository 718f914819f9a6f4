from soosr_desk.cli import main

raise SystemExit(main())
