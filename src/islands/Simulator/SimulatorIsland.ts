/** Loaded by the pages that show this island: its author component's <script>, or the lesson page's. */
import { defineIsland } from '../../client/islands';
import { replaceWith } from '../replace-with';
import Simulator from './Simulator';

defineIsland('simulator', replaceWith(Simulator));
