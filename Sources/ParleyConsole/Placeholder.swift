// ParleyConsole
