"""The founder's reminder settings: screens, dialogues, states and the services behind them."""
