"""One identity per coach, club and squad across structured sources and news."""
