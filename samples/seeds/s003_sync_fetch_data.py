import time

def fetch_data(user):
    time.sleep(3)
    print(f"Data fetched for {user}!")

def main():
    fetch_data("user1")
    fetch_data("user2")
    fetch_data("user3")
    print("All done!")

main()
