# if __name__ == "__main__": runs only for the script itself.
def main():
    print("main() runs")
    return 0


if __name__ == "__main__":
    print("as a script:", __name__)
    main()
