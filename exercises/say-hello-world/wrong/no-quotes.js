// Mistake: the text is not between quotes, so JavaScript reads Hello and World as names and `!` as an operator.
console.log(Hello, World!);
