/** A small support bot's training examples, shared by the NLU tests. */
import type { Example } from '../../src/nlu';

const INTENTS: Record<string, string[]> = {
  order_status: [
    'where is my order', 'has my package shipped yet', 'track my order', 'when will my parcel arrive',
    'what is the status of my order', 'my delivery has not arrived', 'is my order on its way', 'where is my parcel',
  ],
  return_item: [
    'i want to return an item', 'how do i send this back', 'can i return my headphones', 'return a damaged product',
    'i need a refund for this item', 'the wrong item was delivered and i want to return it', 'start a return', 'how do returns work',
  ],
  reset_password: [
    'i forgot my password', 'reset my password', 'how do i change my password', 'i can not log in to my account',
    'my password does not work', 'password reset please', 'i need a new password', 'i am locked out of my account',
  ],
  shipping_cost: [
    'how much is shipping', 'do you charge for delivery', 'what does delivery cost', 'is shipping free',
    'shipping fees to canada', 'how expensive is express delivery', 'what are your delivery charges', 'free shipping over fifty dollars',
  ],
  talk_to_human: [
    'let me talk to a person', 'i want a human agent', 'connect me to customer service', 'can i speak to someone',
    'get me a real person', 'transfer me to an agent', 'i would like to chat with support staff', 'speak to a representative',
  ],
};

export const SUPPORT_EXAMPLES: Example[] = Object.entries(INTENTS).flatMap(([label, texts]) => texts.map((text) => ({ text, label })));
