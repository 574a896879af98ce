from enligt.cli import main

main()
