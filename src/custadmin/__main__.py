import sys

from custadmin.app import main

sys.exit(main())
